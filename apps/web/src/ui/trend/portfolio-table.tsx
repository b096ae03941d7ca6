import { METRICS } from "@inzet/analysis";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { PortfolioPoint } from "../../lib/portfolio-trend";
import { Refs } from "../common/refs";
import { ScrollRegion } from "../common/scroll-region";

/** Portfolio metrics per edition where its groups are recorded; unknown elsewhere, never zero. */
export async function PortfolioTable({
  points,
  locale,
}: {
  points: PortfolioPoint[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Trend.portfolio" });
  const caption = t("caption");
  const unknown = <span className="muted">{t("unknown")}</span>;
  return (
    <>
      <ScrollRegion label={caption}>
        <table className="data-table portfolio-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("edition")}</th>
              <th scope="col" className="num">
                {METRICS.contributions.name[locale]}
              </th>
              <th scope="col" className="num">
                {METRICS.groups.name[locale]}
              </th>
              <th scope="col">{METRICS.concentration.name[locale]}</th>
              <th scope="col">{t("source")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.edition.id}>
                <th scope="row">{p.edition.reportingYear}</th>
                <td className="num">{p.missions ?? unknown}</td>
                <td className="num">{p.groups ?? unknown}</td>
                <td>{p.concentration ?? unknown}</td>
                <td>
                  {p.refs.length > 0 ? (
                    <Refs refs={p.refs} locale={locale} />
                  ) : (
                    <span className="muted">{t("noGroups")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="hint">{METRICS.concentration.definition[locale]}</p>
    </>
  );
}
