import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { formatShare, type MissionQualityRow } from "../../lib/quality-view";
import { ScrollRegion } from "../common/scroll-region";

/** How each mission's facts and figures stand, one row per mission, linked to its page. */
export async function MissionQualityTable({
  rows,
  locale,
}: {
  rows: MissionQualityRow[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Quality" });
  const share = (count: number, of: number) => (
    <>
      {count} <span className="muted">({formatShare(count, of, locale)})</span>
    </>
  );
  return (
    <ScrollRegion label={t("missionsCaption")}>
      <table className="data-table mission-quality">
        <caption>{t("missionsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.mission")}</th>
            <th scope="col">{t("col.group")}</th>
            <th scope="col" className="num">
              {t("col.facts")}
            </th>
            <th scope="col">{t("col.quoted")}</th>
            <th scope="col">{t("col.official")}</th>
            <th scope="col" className="num">
              {t("col.unverified")}
            </th>
            <th scope="col" className="num">
              {t("col.planned")}
            </th>
            <th scope="col" className="num">
              {t("col.figures")}
            </th>
            <th scope="col" className="num">
              {t("col.figuresUnknown")}
            </th>
            <th scope="col" className="num">
              {t("col.figuresPlanned")}
            </th>
            <th scope="col" className="num">
              {t("col.figuresUnverified")}
            </th>
            <th scope="col">{t("col.sources")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link prefetch={false} href={href(locale, `/missions/${r.id}`)}>
                  {r.acronym}
                </Link>
              </th>
              <td>{r.group ?? t("noGroup")}</td>
              <td className="num">{r.facts.facts}</td>
              <td>{share(r.facts.quoted, r.facts.facts)}</td>
              <td>{share(r.facts.official, r.facts.facts)}</td>
              <td className="num">{r.facts.unverified}</td>
              <td className="num">{r.facts.planned}</td>
              <td className="num">{r.figures.figures}</td>
              <td className="num">{r.figures.unknown}</td>
              <td className="num">{r.figures.planned}</td>
              <td className="num">{r.figures.unverified}</td>
              <td>{t("sourcesSplit", { official: r.officialSources, other: r.otherSources })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
