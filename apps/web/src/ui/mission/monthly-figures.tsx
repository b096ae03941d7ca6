import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { MonthlySeriesView } from "../../lib/monthly-series-view";
import { Refs } from "../common/refs";
import { lineClass, MonthlyChartSvg } from "./monthly-chart-svg";
import { MonthlyTable } from "./monthly-table";
import "../../styles/monthly.css";

/** A mission's Dutch personnel per month: chart, legend, source, and the same as a table. */
export async function MonthlyFigures({
  view,
  acronym,
  locale,
}: {
  view: MonthlySeriesView | undefined;
  acronym: string;
  locale: Locale;
}) {
  if (!view) return null;
  const t = await getTranslations({ locale, namespace: "Monthly" });
  const period = { from: view.monthLabels[0] ?? "", to: view.monthLabels.at(-1) ?? "" };
  const title = t("chartTitle", { mission: acronym, ...period });
  const summary = view.categories
    .map((c) =>
      t("categorySummary", {
        label: c.label,
        min: c.min,
        max: c.max,
        last: c.last.value,
        month: c.last.month,
      }),
    )
    .join("; ");
  return (
    <section aria-labelledby="monthly-heading" className="monthly-figures">
      <h2 id="monthly-heading">{t("heading")}</h2>
      <figure className="chart" aria-labelledby="monthly-caption">
        <figcaption id="monthly-caption">{title}</figcaption>
        <MonthlyChartSvg
          view={view}
          id="monthly-chart"
          title={title}
          summary={summary}
          locale={locale}
        />
        <ul className="monthly-legend">
          {view.categories.map((c) => (
            <li key={c.key}>
              <svg viewBox="0 0 28 10" aria-hidden="true" className={lineClass(view, c.key)}>
                <path d="M1,5L27,5" />
              </svg>
              {c.isTotal ? <strong>{c.label}</strong> : c.label}
            </li>
          ))}
        </ul>
      </figure>
      {/* On paper the lines give way to words: the briefing stays one page. */}
      <p className="monthly-in-words">{t("inWords", { ...period, summary })}</p>
      {view.sources.map((s) => (
        <p key={s.ref} className="monthly-source">
          {s.via.length > 0
            ? t("sourceVia", { source: s.label, via: s.via.join("; ") })
            : t("source", { source: s.label })}
          <Refs refs={[s.ref]} locale={locale} />
        </p>
      ))}
      <p className="hint">{t("hint")}</p>
      <MonthlyTable view={view} caption={t("tableCaption", { mission: acronym })} locale={locale} />
    </section>
  );
}
