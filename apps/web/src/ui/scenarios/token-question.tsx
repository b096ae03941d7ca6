import { useTranslations } from "next-intl";
import type { TokenQuestionView, TokenRow } from "../../lib/workbench/scenario-types";
import { ScrollRegion } from "../common/scroll-region";

export type Consideration = { id: string; name: string };
/** Whether the analyst's ratings can be shown: none kept, kept but not fitting, or there. */
export type RatingsStatus = "none" | "bad" | "ok";

type Props = {
  view: TokenQuestionView | null;
  keep: number;
  threshold: number;
  considerations: readonly Consideration[];
  ratings: RatingsStatus;
  disabled: boolean;
  onAsk: () => void;
  onWidest: () => void;
};

function Ratings({
  row,
  considerations,
}: {
  row: TokenRow;
  considerations: readonly Consideration[];
}) {
  const t = useTranslations("Workbench");
  const rated = considerations.flatMap((c) => {
    const r = row.ratings?.[c.id];
    return r && r.value !== null ? [{ c, r }] : [];
  });
  if (rated.length === 0) return <span className="muted">{t("matrix.notRated")}</span>;
  return (
    <ul className="token-ratings">
      {rated.map(({ c, r }) => (
        <li key={c.id}>
          <strong>
            {c.name}: {r.value}
            {r.label ? ` (${r.label})` : ""}
          </strong>
          {r.rationale ? (
            <>
              {" — "}
              <span lang={r.rationale.lang}>{r.rationale.text}</span>
            </>
          ) : null}
        </li>
      ))}
      {row.score ? <li>{t("scenario.score", { score: row.score.text })}</li> : null}
    </ul>
  );
}

function Rows({
  rows,
  caption,
  considerations,
  ratings,
  className,
}: {
  rows: readonly TokenRow[];
  caption: string;
  considerations: readonly Consideration[];
  ratings: RatingsStatus;
  className?: string;
}) {
  const t = useTranslations("Workbench.scenario");
  const because = (r: TokenRow) =>
    r.because.map((b) => (b === "size" ? t("becauseSize") : t("becauseRank"))).join(", ");
  return (
    <div className={className}>
      <ScrollRegion label={caption}>
        <table className="data-table token-rows">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("contributions")}</th>
              <th scope="col">{t("personnel")}</th>
              <th scope="col">{t("sources")}</th>
              {ratings === "ok" ? <th scope="col">{t("ratings")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-contribution={r.id}>
                <th scope="row">
                  {r.label}
                  <br />
                  <span className="muted">{r.group}</span>
                </th>
                <td>
                  {r.personnel} ({r.token})
                  {r.because.length > 0 ? (
                    <>
                      <br />
                      <span className="muted">{t("because", { reasons: because(r) })}</span>
                    </>
                  ) : null}
                </td>
                <td className="token-sources">
                  <ul>
                    {r.sources.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </td>
                {ratings === "ok" ? (
                  <td>
                    <Ratings row={r} considerations={considerations} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** The question as one button, and its answer: numbers, ranges, sources and ratings. */
export function TokenQuestion(props: Props) {
  const { view, keep, threshold, considerations, ratings } = props;
  const t = useTranslations("Workbench.scenario");
  const remaining = view
    ? ([
        ["contributions", view.remaining.contributions],
        ["groups", view.remaining.groups],
        ["regions", view.remaining.regions],
        ["concentration", view.remaining.concentration],
      ] as const)
    : [];
  return (
    <section
      aria-labelledby="token-heading"
      className={view ? "token-question" : "token-question no-print"}
    >
      <h2 id="token-heading">{t("tokenHeading")}</h2>
      <p>
        <q>{t("tokenQuestion", { keep, threshold })}</q>
      </p>
      <p className="no-print">
        <button
          type="button"
          className="button primary"
          disabled={props.disabled}
          onClick={props.onAsk}
        >
          {t("tokenButton", { keep, threshold })}
        </button>
      </p>
      {view ? (
        <div className="token-answer" data-testid="token-answer">
          <p>
            {view.largest.length > 0
              ? t("tokenLargest", { keep, groups: view.largest.join(", ") })
              : t("tokenNoLargest", { keep })}
            {view.undecidedGroups.length > 0
              ? ` ${t("tokenUndecidedGroups", { groups: view.undecidedGroups.join(", ") })}`
              : ""}
          </p>
          <table className="data-table compact token-remaining">
            <caption>{t("tokenRemainCaption")}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col" className="num">
                  {t("before")}
                </th>
                <th scope="col" className="num">
                  {t("after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {remaining.map(([key, pair]) => (
                <tr key={key} data-remaining={key}>
                  <th scope="row">{t(key)}</th>
                  <td className="num">{pair.before}</td>
                  <td className="num">{pair.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ratings === "none" ? <p className="hint">{t("noRatings")}</p> : null}
          {ratings === "bad" ? <p className="hint">{t("ratingsBad")}</p> : null}
          {view.ended.length > 0 ? (
            <Rows
              rows={view.ended}
              caption={t("tokenEnded", { threshold })}
              considerations={considerations}
              ratings={ratings}
            />
          ) : (
            <p>{t("tokenNoneEnded", { threshold })}</p>
          )}
          {view.indeterminate.length > 0 ? (
            <>
              <p className="print-only">
                {t("undecidedList", { labels: view.indeterminate.map((r) => r.label).join(", ") })}
              </p>
              <Rows
                className="undecided no-print"
                rows={view.indeterminate}
                caption={t("tokenUndecided")}
                considerations={considerations}
                ratings={ratings}
              />
              <p className="no-print">
                <button type="button" className="button" onClick={props.onWidest}>
                  {t("tokenWidest")}
                </button>
              </p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
