import { getCluster, getMission } from "@inzet/data";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "../../../../i18n/page";
import { href } from "../../../../i18n/routing";
import { clusterView } from "../../../../lib/cluster-view";
import { dataset } from "../../../../lib/data";
import type { SortKey } from "../../../../lib/mission-query";
import { missionRows } from "../../../../lib/mission-rows";
import { CiteControl } from "../../../../ui/cite/cite-control";
import { StatusBadges } from "../../../../ui/common/fact-value";
import { FigureText, Wording } from "../../../../ui/common/figure-text";
import { FiguresTable } from "../../../../ui/common/figures-table";
import { FootnoteList } from "../../../../ui/common/footnote-list";
import { Quote } from "../../../../ui/common/quote";
import { Refs } from "../../../../ui/common/refs";
import { MissionsMap } from "../../../../ui/map/missions-map";
import { MissionsTable } from "../../../../ui/missions/missions-table";

// The missions table's columns that say something within one group.
const GROUP_COLUMNS: readonly SortKey[] = [
  "acronym",
  "name",
  "organisation",
  "area",
  "since",
  "dutchSince",
  "figure",
];

type Params = { params: Promise<{ locale: string; id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset().clusters.map((c) => ({ id: c.id }));
}

async function load(params: Params["params"]) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const ds = dataset();
  const cluster = getCluster(ds, id);
  if (!cluster) notFound();
  return { locale, ds, cluster };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, cluster } = await load(params);
  return { title: cluster.name[locale], description: cluster.purpose[locale] };
}

export default async function ClusterPage({ params }: Params) {
  const { locale, ds, cluster } = await load(params);
  const t = await getTranslations({ locale, namespace: "Cluster" });
  const view = clusterView(ds, cluster, locale, t("openPeriod"));
  const missions = cluster.missions.flatMap((id) => getMission(ds, id) ?? []);
  const rows = missionRows(ds, locale).filter((r) => cluster.missions.some((id) => id === r.id));
  rows.sort((a, b) => a.order - b.order);
  const figure = view.letterFigure;
  const name = cluster.name[locale];
  return (
    <article className="briefing" aria-labelledby="cluster-title">
      <header className="page-header">
        <p className="kicker">
          {cluster.relation === "addition" ? t("addition") : t("group", { order: cluster.order })}
        </p>
        <h1 id="cluster-title">{name}</h1>
        <p className="lead">{t("purpose", { purpose: cluster.purpose[locale] })}</p>
        <CiteControl target={{ kind: "cluster", id: cluster.id }} locale={locale} id="cite" />
      </header>
      <section aria-labelledby="figure-heading">
        <h2 id="figure-heading">{t("figureHeading")}</h2>
        {figure ? (
          <p className={`year-figure figure-${figure.quantity.qualifier}`}>
            <FigureText quantity={figure.quantity} locale={locale} />{" "}
            <span className="year-figure-label">{t("officials", { asOf: figure.asOf })}</span>{" "}
            <Wording quantity={figure.quantity} />
            <Refs refs={[figure.ref]} locale={locale} />
            <StatusBadges planned={figure.planned} unverified={figure.unverified} locale={locale} />
            {figure.note ? <span className="fact-note">{figure.note}</span> : null}
          </p>
        ) : (
          <p>{t("noFigure")}</p>
        )}
        {cluster.citation.quote ? (
          <Quote
            quote={cluster.citation.quote}
            translation={cluster.citation.translation}
            locale={locale}
          />
        ) : null}
        <p className="hint">{t("perMission")}</p>
      </section>
      <section aria-labelledby="missions-heading">
        <h2 id="missions-heading">{t("missionsHeading")}</h2>
        <MissionsTable
          rows={rows}
          caption={t("missionsCaption", { group: name, year: ds.meta.year })}
          year={ds.meta.year}
          columns={GROUP_COLUMNS}
        />
        <p className="no-print">
          <a href={`${href(locale, "/missions")}?cluster=${cluster.id}`}>{t("openInTable")}</a>
        </p>
      </section>
      {view.figures.length > 1 ? (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t("figuresHeading")}</h2>
          <FiguresTable
            figures={view.figures}
            caption={t("figuresCaption", { group: name })}
            highlight={t("letterFigure")}
            locale={locale}
          />
        </section>
      ) : null}
      <section aria-labelledby="map-heading" className="no-print">
        <h2 id="map-heading">{t("mapHeading")}</h2>
        <MissionsMap
          id="cluster-map"
          locale={locale}
          missions={missions}
          title={t("mapTitle", { group: name })}
          compact
        />
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t("notesHeading")}</h2>
        <FootnoteList notes={view.footnotes} locale={locale} />
      </section>
    </article>
  );
}
