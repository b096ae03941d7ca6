import { organisationBreakdown } from "@inzet/data";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href } from "../../i18n/page";
import type { Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { ScrollRegion } from "../common/scroll-region";

/** Which organisations lead the missions, how many, in which of the letter's groups. */
export async function Organisations({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Overview.organisations" });
  const shares = organisationBreakdown(dataset());
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
                  <ul className="inline-list">
                    {missions.map((m) => (
                      <li key={m.id}>
                        <Link prefetch={false} href={href(locale, `/missions/${m.id}`)}>
                          {m.acronym}
                        </Link>
                      </li>
                    ))}
                  </ul>
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
