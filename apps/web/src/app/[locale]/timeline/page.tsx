import { formatPartialDate } from "@inzet/data/queries";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { href } from "../../../i18n/routing";
import { dataset } from "../../../lib/data";
import { timelineLanes } from "../../../lib/timeline-lanes";
import { GroupKey } from "../../../ui/common/group-key";
import { ScrollRegion } from "../../../ui/common/scroll-region";
import { TimelineChart } from "../../../ui/timeline/timeline-chart";
import { TimelineLegend } from "../../../ui/timeline/timeline-legend";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  return { title: t("title"), description: t("description") };
}

export default async function TimelinePage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  const { lanes, domain, letterYear } = timelineLanes(dataset());
  const date = (d: string | undefined) => (d ? formatPartialDate(d, locale) : t("notRecorded"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <figure className="timeline">
        <TimelineChart
          id="timeline"
          locale={locale}
          domain={domain}
          letterYear={letterYear}
          lanes={lanes.map(({ row, mission, dutch }) => ({
            id: row.mission.id,
            label: row.mission.acronym,
            href: href(locale, `/missions/${row.mission.id}`),
            tone: row.cluster?.order ?? 0,
            mission,
            dutch,
          }))}
        />
        <figcaption>
          <GroupKey
            locale={locale}
            other={lanes.some((l) => !l.row.cluster) ? t("otherMissions") : undefined}
          />
          <TimelineLegend locale={locale} />
        </figcaption>
      </figure>
      <section aria-labelledby="timeline-table-heading">
        <h2 id="timeline-table-heading">{t("tableHeading")}</h2>
        <ScrollRegion label={t("tableCaption")}>
          <table className="data-table">
            <caption id="timeline-caption">{t("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("col.mission")}</th>
                <th scope="col">{t("col.group")}</th>
                <th scope="col">{t("col.start")}</th>
                <th scope="col">{t("col.end")}</th>
                <th scope="col">{t("col.dutchStart")}</th>
                <th scope="col">{t("col.dutchEnd")}</th>
              </tr>
            </thead>
            <tbody>
              {lanes.map(({ row }) => (
                <tr key={row.mission.id}>
                  <th scope="row">
                    <Link prefetch={false} href={href(locale, `/missions/${row.mission.id}`)}>
                      {row.mission.acronym}
                    </Link>
                  </th>
                  <td>{row.cluster?.name[locale] ?? "—"}</td>
                  <td>{date(row.start)}</td>
                  <td>{date(row.end)}</td>
                  <td>{date(row.dutchStart)}</td>
                  <td>{date(row.dutchEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </>
  );
}
