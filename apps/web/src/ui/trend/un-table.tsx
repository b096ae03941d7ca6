import { formatPartialDate } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { SmallMultiples } from "../../lib/small-multiples";
import { ScrollRegion } from "../common/scroll-region";

/**
 * The panels' figures as one table: a row per month, a column per mission. A month within a
 * mission's series without a figure says so; a month outside its series is left empty.
 */
export async function UnTable({ sm, locale }: { sm: SmallMultiples; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Trend.un" });
  const caption = t("tableCaption");
  const values = sm.panels.map((p) => new Map(p.series.points.map((q) => [q.month, q.value])));
  return (
    <details className="un-table">
      <summary>{t("tableSummary")}</summary>
      <ScrollRegion label={caption}>
        <table className="data-table compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              {sm.panels.map((p) => (
                <th key={p.series.mission.id} scope="col" className="num">
                  {p.series.mission.acronym}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sm.months.map((m) => (
              <tr key={m}>
                <th scope="row">{formatPartialDate(m, locale)}</th>
                {sm.panels.map((p, i) => {
                  const value = values[i]?.get(m);
                  const within = p.first.month <= m && m <= p.last.month;
                  return (
                    <td key={p.series.mission.id} className="num">
                      {value ?? (within ? <span className="muted">{t("noFigure")}</span> : null)}
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
