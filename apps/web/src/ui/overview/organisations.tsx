import { organisationBreakdown } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { evaluationDataset } from "../../lib/evaluation";
import { MissionLinks } from "../common/mission-links";
import { ScrollRegion } from "../common/scroll-region";

/** Which organisations lead the letter's missions, how many, in which of its groups. */
export async function Organisations({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Overview.organisations" });
  const shares = organisationBreakdown(evaluationDataset(dataset()));
  return (
    <section aria-labelledby="orgs-heading">
      <h2 id="orgs-heading">{t("heading")}</h2>
      <ScrollRegion label={t("caption")}>
        <table className="data-table">
          <caption id="orgs-caption">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("organisation")}</th>
              <th scope="col">{t("count")}</th>
              <th scope="col">{t("missions")}</th>
              <th scope="col">{t("groups")}</th>
            </tr>
          </thead>
          <tbody>
            {shares.map(({ organisation: o, missions, clusters }) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.acronym[locale]} <span className="muted">({o.name[locale]})</span>
                </th>
                <td className="num">{missions.length}</td>
                <td>
                  <MissionLinks missions={missions} locale={locale} />
                </td>
                <td>{clusters.map((c) => c.name[locale]).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
