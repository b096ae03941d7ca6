import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "../../i18n/routing";
import { languageName } from "../../lib/language-name";
import type { MatrixCell, RatingCell, RatingsView } from "../../lib/workbench/matrix-types";

/** An indicator's value in one cell: why unknown, its notes, and the sources it rests on. */
export function IndicatorDetails({
  name,
  cell,
  sources,
}: {
  name: string;
  cell: MatrixCell;
  sources: readonly string[];
}) {
  const t = useTranslations("Workbench.matrix");
  return (
    <>
      <p className="tip-title">
        {name}: {cell.text}
      </p>
      {cell.unknown ? <p>{t("unknownBecause", { reason: cell.unknown })}</p> : null}
      {cell.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      {cell.approximate ? <p>{t("approximate")}</p> : null}
      {cell.unverified ? <p>{t("unverified")}</p> : null}
      {cell.sources.length > 0 ? (
        <>
          <p className="tip-label">{t("sources")}</p>
          <ol className="tip-sources">
            {cell.sources.map((n) => (
              <li key={n} value={n}>
                {sources[n - 1]}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

/** The analyst's rating in one cell: the scale's words, rationale, evidence, who and when. */
export function RatingDetails({
  consideration,
  rating,
  ratings,
}: {
  consideration: string;
  rating: RatingCell | undefined;
  ratings: RatingsView | null;
}) {
  const t = useTranslations("Workbench");
  const locale = useLocale() as Locale;
  if (!ratings || !rating || rating.value === null)
    return (
      <>
        <p className="tip-title">{consideration}</p>
        <p>{ratings ? t("matrix.notRated") : t("matrix.noAssessment")}</p>
      </>
    );
  const { rationale } = rating;
  return (
    <>
      <p className="tip-title">
        {consideration}: {rating.value}
        {rating.label ? ` — ${rating.label}` : ""}
      </p>
      {rationale ? (
        <>
          <p className="tip-label">
            {t("matrix.rationale")}
            {rationale.lang !== locale
              ? ` (${t("inLanguage", { language: languageName(rationale.lang, locale) })})`
              : ""}
          </p>
          <p lang={rationale.lang}>{rationale.text}</p>
        </>
      ) : null}
      {rating.evidence.length > 0 ? (
        <>
          <p className="tip-label">{t("matrix.evidence")}</p>
          <ul className="tip-sources">
            {rating.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </>
      ) : null}
      {rating.author ? (
        <p className="tip-meta">
          {t("matrix.ratedBy", { author: rating.author, date: rating.date ?? "" })}
        </p>
      ) : null}
    </>
  );
}
