import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { dataset } from "../../../lib/data";
import { missionRows } from "../../../lib/mission-rows";
import { missionsOptions } from "../../../lib/missions-options";
import { letterOrder } from "../../../lib/sort-rows";
import { MissionsExplorer } from "../../../ui/missions/missions-explorer";
import type { MissionsLabels } from "../../../ui/missions/missions-labels";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Missions" });
  return { title: t("title"), description: t("description") };
}

export default async function MissionsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Missions" });
  const ds = dataset();
  const year = ds.meta.year;
  const rows = letterOrder(missionRows(ds, locale));
  const options = missionsOptions(ds, locale);
  const labels: MissionsLabels = {
    filters: t("filters"),
    search: t("search"),
    searchHint: t("searchHint"),
    cluster: t("cluster"),
    org: t("org"),
    type: t("type"),
    country: t("country"),
    any: t("any"),
    apply: t("apply"),
    reset: t("reset"),
    count: t("count"),
    caption: t("caption", { year }),
    empty: t("empty"),
    searchFailed: t("searchFailed"),
    columns: {
      acronym: t("columns.acronym"),
      name: t("columns.name"),
      organisation: t("columns.organisation"),
      type: t("columns.type"),
      cluster: t("columns.cluster"),
      area: t("columns.area"),
      since: t("columns.since"),
      dutchSince: t("columns.dutchSince"),
      figure: t("columns.figure", { year }),
    },
    sortHint: t("sortHint"),
    download: t("download"),
    csv: t("csv"),
    json: t("json"),
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead", { count: rows.length, year })}</p>
      <MissionsExplorer
        rows={rows}
        total={rows.length}
        labels={labels}
        options={options}
        locale={locale}
      />
    </>
  );
}
