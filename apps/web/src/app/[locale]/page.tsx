import { clusterSummaries } from "@inzet/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../i18n/page";
import { href } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { formatAsOf } from "../../lib/dates";
import { PersonnelChart } from "../../ui/chart/personnel-chart";
import { ClusterCard } from "../../ui/clusters/cluster-card";
import { mapKey } from "../../ui/map/map-files";
import { MissionsMap } from "../../ui/map/missions-map";
import { AboutDataset } from "../../ui/overview/about-dataset";
import { HeadlineFigures } from "../../ui/overview/headline-figures";
import { Organisations } from "../../ui/overview/organisations";
import { OtherMissions } from "../../ui/overview/other-missions";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return { title: { absolute: t("siteTitle") }, description: t("siteDescription") };
}

export default async function OverviewPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Overview" });
  const ds = dataset();
  const summaries = clusterSummaries(ds);
  const open = t("openPeriod");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <AboutDataset locale={locale} />
      <HeadlineFigures locale={locale} />
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t("groupsHeading")}</h2>
        <p>{t("groupsLead")}</p>
        <div className="cards">
          {summaries.map((s) => (
            <ClusterCard key={s.cluster.id} summary={s} locale={locale} />
          ))}
        </div>
      </section>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t("chartHeading")}</h2>
        <PersonnelChart
          id="group-chart"
          locale={locale}
          rows={summaries.flatMap(({ cluster, figure }) =>
            figure
              ? [
                  {
                    id: cluster.id,
                    label: cluster.name[locale],
                    href: href(locale, `/clusters/${cluster.id}`),
                    tone: cluster.order,
                    quantity: figure.quantity,
                    asOf: formatAsOf(figure.asOf, locale, open),
                    wording: figure.quantity.wording,
                  },
                ]
              : [],
          )}
        />
      </section>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t("mapHeading")}</h2>
        <MissionsMap
          id="overview-map"
          locale={locale}
          missions={ds.missions}
          title={t("mapTitle")}
          byGroup
          image={mapKey.overview}
        />
      </section>
      <Organisations locale={locale} />
      <OtherMissions locale={locale} />
    </>
  );
}
