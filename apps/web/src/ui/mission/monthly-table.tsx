import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { MonthlySeriesView } from "../../lib/monthly-series-view";
import { ScrollRegion } from "../common/scroll-region";

/** The chart's figures as a month × category table, folded away until asked for. */
export async function MonthlyTable({
  view,
  caption,
  locale,
}: {
  view: MonthlySeriesView;
  caption: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Monthly" });
  return (
    <details className="monthly-table">
      <summary>{t("tableSummary")}</summary>
      <ScrollRegion label={caption}>
        <table className="data-table compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              {view.categories.map((c) => (
                <th key={c.key} scope="col" className={c.isTotal ? "is-total" : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.months.map((month, i) => (
              <tr key={month}>
                <th scope="row">{view.monthLabels[i]}</th>
                {view.categories.map((c) => {
                  const value = c.values[i];
                  return (
                    <td key={c.key} className={c.isTotal ? "num is-total" : "num"}>
                      {value ?? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">{t("noFigure")}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
