import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { dataset } from "../../../lib/data";
import { evaluationMissionIds } from "../../../lib/evaluation";
import { missionRows } from "../../../lib/mission-rows";
import { missionsOptions } from "../../../lib/missions-options";
import { letterOrder } from "../../../lib/sort-rows";
import { MissionsExplorer } from "../../../ui/missions/missions-explorer";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Missions" });
  return { title: t("title"), description: t("description") };
}

export default async function MissionsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Missions" });
  const { MissionsTable } = await getMessages({ locale });
  const ds = dataset();
  const year = ds.meta.year;
  const rows = letterOrder(missionRows(ds, locale));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">
        {t("lead", {
          count: rows.length,
          letter: evaluationMissionIds(ds).size,
          other: rows.length - evaluationMissionIds(ds).size,
          year,
        })}
      </p>
      {/* The table's script gets only the table's texts. */}
      <NextIntlClientProvider messages={{ MissionsTable }}>
        <MissionsExplorer rows={rows} options={missionsOptions(ds, locale)} year={year} />
      </NextIntlClientProvider>
    </>
  );
}
