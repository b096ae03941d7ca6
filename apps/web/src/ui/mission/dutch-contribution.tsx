import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { FactItem, MissionView } from "../../lib/mission-view";
import { FactValue, StatusBadges } from "../common/fact-value";
import { FiguresTable } from "../common/figures-table";
import { Refs } from "../common/refs";

/** What the Netherlands contributed and when, then every dated figure with its source. */
export async function DutchContribution({
  view,
  acronym,
  year,
  treated,
  locale,
}: {
  view: MissionView;
  acronym: string;
  year: number;
  /** Whether the year's evaluation treats the mission: only then is there a figure for the year. */
  treated: boolean;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Mission" });
  const { dutch, yearFigure } = view;
  const one = (item: FactItem | undefined) =>
    item ? (
      <FactValue item={item} locale={locale} />
    ) : (
      <span className="muted">{t("noneRecorded")}</span>
    );
  const list = (items: FactItem[]) =>
    items.length === 0 ? (
      <dd className="muted">{t("noneRecorded")}</dd>
    ) : (
      items.map((item, i) => (
        <dd key={`${item.text}-${i}`}>
          <FactValue item={item} locale={locale} />
        </dd>
      ))
    );
  return (
    <section aria-labelledby="dutch-heading" className="briefing-dutch">
      {/* Two parts, so that a printed briefing can set them apart (print.css). */}
      <div className="dutch-summary">
        <h2 id="dutch-heading">{t("dutch.heading")}</h2>
        {yearFigure ? (
          <p className={`year-figure figure-${yearFigure.quantity.qualifier}`}>
            <span className="year-figure-label">{t("dutch.yearFigure", { year })}</span>{" "}
            <span className="figure-symbol">{yearFigure.text}</span>
            <Refs refs={[yearFigure.ref]} locale={locale} />
            {yearFigure.words !== yearFigure.text ? (
              <span className="figure-words"> ({yearFigure.words})</span>
            ) : null}
            {/* Which count of the year it is: the date, where the source gives more than the year. */}
            {yearFigure.asOf !== String(year) ? (
              <span className="figure-words"> · {yearFigure.asOf}</span>
            ) : null}
            <StatusBadges
              planned={yearFigure.planned}
              unverified={yearFigure.unverified}
              locale={locale}
            />
            {yearFigure.note ? <span className="fact-note">{yearFigure.note}</span> : null}
          </p>
        ) : null}
        {treated ? (
          <p className="hint">{t("dutch.yearRule", { year })}</p>
        ) : (
          <p className="year-figure-none">{t("dutch.notTreated", { year })}</p>
        )}
        <dl className="facts">
          <div className="fact">
            <dt>{t("dutch.start")}</dt>
            <dd>{one(dutch.start)}</dd>
          </div>
          <div className="fact">
            <dt>{t("dutch.end")}</dt>
            <dd>{one(dutch.end)}</dd>
          </div>
          {dutch.runningAsOf ? (
            <div className="fact">
              <dt>{t("facts.runningAsOf")}</dt>
              <dd>
                <FactValue item={dutch.runningAsOf} locale={locale}>
                  {t("stillRunning", { date: dutch.runningAsOf.text })}
                </FactValue>
              </dd>
            </div>
          ) : null}
          <div className="fact">
            <dt>{t("dutch.roles")}</dt>
            {list(dutch.roles)}
          </div>
          <div className="fact">
            <dt>{t("dutch.notes")}</dt>
            {list(dutch.notes)}
          </div>
        </dl>
      </div>
      <div className="dutch-figures">
        <h3>{t("figures.heading")}</h3>
        {view.figures.length === 0 ? (
          <p className="muted">{t("figures.none")}</p>
        ) : (
          <FiguresTable
            figures={view.figures}
            caption={t("figures.caption", { mission: acronym })}
            highlight={t("figures.yearFigure", { year })}
            locale={locale}
          />
        )}
      </div>
    </section>
  );
}
