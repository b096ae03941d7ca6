import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href } from "../../i18n/page";
import type { Locale } from "../../i18n/routing";
import type { MissionRow } from "../../lib/mission-rows";
import { RowFigureCell } from "../common/row-figure-cell";
import { ScrollRegion } from "../common/scroll-region";

/** A group's missions with their figures for the dataset's year (static: no sorting). */
export async function GroupMissionsTable({
  rows,
  caption,
  year,
  locale,
}: {
  rows: MissionRow[];
  caption: string;
  year: number;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Missions.columns" });
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("acronym")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("organisation")}</th>
            <th scope="col">{t("area")}</th>
            <th scope="col">{t("since")}</th>
            <th scope="col">{t("dutchSince")}</th>
            <th scope="col">{t("figure", { year })}</th>
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
              <td>{r.name}</td>
              <td>{r.organisation.label}</td>
              <td>{r.countries.map((c) => c.name).join(", ")}</td>
              <td>{r.sinceLabel ?? "—"}</td>
              <td>{r.dutchSinceLabel ?? "—"}</td>
              <RowFigureCell figure={r.figure} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
