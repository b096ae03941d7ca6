import { clusterOf, formatCitation, getMission, getOrganisation } from "@inzet/data";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "../../../../i18n/page";
import { href } from "../../../../i18n/routing";
import { dataset } from "../../../../lib/data";
import { isTreatedByEvaluation } from "../../../../lib/evaluation";
import { missionView } from "../../../../lib/mission-view";
import { CiteControl } from "../../../../ui/cite/cite-control";
import { FootnoteList } from "../../../../ui/common/footnote-list";
import { Quote } from "../../../../ui/common/quote";
import { Refs } from "../../../../ui/common/refs";
import { mapKey } from "../../../../ui/map/map-files";
import { MissionsMap } from "../../../../ui/map/missions-map";
import { DutchContribution } from "../../../../ui/mission/dutch-contribution";
import { MissionEditions } from "../../../../ui/mission/mission-editions";
import { MissionFacts } from "../../../../ui/mission/mission-facts";
import { MonthlyFigures } from "../../../../ui/mission/monthly-figures";
import { RelatedMissions } from "../../../../ui/mission/related-missions";

type Params = { params: Promise<{ locale: string; id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset().missions.map((m) => ({ id: m.id }));
}

async function load(params: Params["params"]) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const ds = dataset();
  const mission = getMission(ds, id);
  if (!mission || mission.id !== id) notFound();
  return { locale, ds, mission };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, mission } = await load(params);
  return {
    title: `${mission.acronym} — ${mission.name[locale]}`,
    description: mission.description.value[locale],
  };
}

export default async function MissionPage({ params }: Params) {
  const { locale, ds, mission } = await load(params);
  const t = await getTranslations({ locale, namespace: "Mission" });
  const view = missionView(ds, mission, locale, { openPeriod: t("openPeriod") });
  const cluster = clusterOf(ds, mission.id);
  const treated = isTreatedByEvaluation(ds, mission.id);
  const org = getOrganisation(ds, mission.organisation);
  return (
    <article className="briefing mission-briefing" aria-labelledby="mission-title">
      <header className="page-header">
        <p className="kicker">
          {org ? `${org.acronym[locale]} · ${org.name[locale]}` : null}
          {cluster ? (
            <>
              {" · "}
              <Link prefetch={false} href={href(locale, `/clusters/${cluster.id}`)}>
                {cluster.name[locale]}
              </Link>
            </>
          ) : null}
        </p>
        <h1 id="mission-title">
          {mission.acronym} <span className="subtitle">{mission.name[locale]}</span>
        </h1>
        {mission.aliases.length > 0 ? (
          <p className="muted">{t("aliases", { aliases: mission.aliases.join(", ") })}</p>
        ) : null}
        <CiteControl target={{ kind: "mission", id: mission.id }} locale={locale} id="cite" />
      </header>
      <section aria-labelledby="named-heading" className="briefing-letter">
        {/* A mission outside the letter is named by other sources (the UN's, for the UN missions). */}
        <h2 id="named-heading">{treated ? t("named.heading") : t("named.elsewhere")}</h2>
        <MissionEditions ds={ds} mission={mission} locale={locale} />
        {/* On paper the notes below carry these sources in full: their numbers stand here. */}
        <p className="print-only named-on-paper">
          {t("named.onPaper")}
          <Refs refs={view.named.map(({ n }) => n)} locale={locale} />
        </p>
        <ul className="named">
          {view.named.map(({ citation, n }) => (
            <li key={n}>
              {citation.quote ? (
                <Quote quote={citation.quote} translation={citation.translation} locale={locale} />
              ) : null}
              <p className="named-source">
                {formatCitation(ds, citation, locale)}
                <Refs refs={[n]} locale={locale} />
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="facts-heading" className="briefing-facts">
        <h2 id="facts-heading">{t("factsHeading")}</h2>
        <p className="hint">{t("unverifiedExplained")}</p>
        <MissionFacts mission={mission} view={view} locale={locale} />
      </section>
      <DutchContribution
        view={view}
        acronym={mission.acronym}
        year={ds.meta.year}
        treated={treated}
        locale={locale}
      />
      <MonthlyFigures view={view.monthly} acronym={mission.acronym} locale={locale} />
      <section aria-labelledby="map-heading" className="no-print">
        <h2 id="map-heading">{t("mapHeading")}</h2>
        <MissionsMap
          id="mission-map"
          locale={locale}
          missions={[mission]}
          title={t("mapTitle", { mission: mission.acronym })}
          compact
          image={mapKey.mission(mission.id)}
        />
      </section>
      {cluster ? <RelatedMissions cluster={cluster} current={mission.id} locale={locale} /> : null}
      <section aria-labelledby="notes-heading" className="briefing-notes">
        <h2 id="notes-heading">{t("notesHeading")}</h2>
        <FootnoteList notes={view.footnotes} locale={locale} />
      </section>
    </article>
  );
}
