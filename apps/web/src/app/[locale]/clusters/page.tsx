import { clusterSummaries } from "@inzet/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { href } from "../../../i18n/routing";
import { dataset } from "../../../lib/data";
import { ClusterCard } from "../../../ui/clusters/cluster-card";
import { StatementList } from "../../../ui/clusters/statement-list";
import { Quote } from "../../../ui/common/quote";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Clusters" });
  return { title: t("title"), description: t("description") };
}

export default async function ClustersPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Clusters" });
  const summaries = clusterSummaries(dataset());
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t("groupsHeading")}</h2>
        <div className="cards">
          {summaries.map((s) => (
            <ClusterCard key={s.cluster.id} summary={s} locale={locale} />
          ))}
        </div>
      </section>
      <section aria-labelledby="passage-heading">
        <h2 id="passage-heading">{t("passageHeading")}</h2>
        <p>{t("passageLead")}</p>
        {summaries.map(({ cluster }) =>
          cluster.citation.quote ? (
            <Quote
              key={cluster.id}
              quote={cluster.citation.quote}
              translation={cluster.citation.translation}
              locale={locale}
            />
          ) : null,
        )}
      </section>
      <section aria-labelledby="reasoning-heading">
        <h2 id="reasoning-heading">{t("reasoningHeading")}</h2>
        <p>
          {t("reasoningLead")}{" "}
          <a href={href(locale, "/sources#letter-statements")}>{t("reasoningQuotes")}</a>
        </p>
        <StatementList locale={locale} quotes={false} headingLevel={3} />
      </section>
    </>
  );
}
