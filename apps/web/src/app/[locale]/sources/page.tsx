import { sourceUsage } from "@inzet/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { dataset } from "../../../lib/data";
import { kindCounts } from "../../../lib/source-view";
import { StatementList } from "../../../ui/clusters/statement-list";
import { KindFilter } from "../../../ui/sources/kind-filter";
import { SourceEntry } from "../../../ui/sources/source-entry";
import "../../../styles/sources.css";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Sources" });
  return { title: t("title"), description: t("description") };
}

export default async function SourcesPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Sources" });
  const usage = sourceUsage(dataset());
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead", { count: usage.length })}</p>
      <p>{t("kindsLead")}</p>
      <nav aria-label={t("toc")} className="toc">
        <ul>
          <li>
            <a href="#all-sources">{t("listHeading", { count: usage.length })}</a>
          </li>
          <li>
            <a href="#letter-statements">{t("statementsHeading")}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="all-sources">
        <h2 id="all-sources" tabIndex={-1}>
          {t("listHeading", { count: usage.length })}
        </h2>
        <div className="source-list">
          <KindFilter
            kinds={kindCounts(usage)}
            total={usage.length}
            listId="all-sources"
            locale={locale}
          />
          <ol className="sources">
            {usage.map((u) => (
              <SourceEntry key={u.source.id} usage={u} locale={locale} />
            ))}
          </ol>
        </div>
      </section>
      <section aria-labelledby="letter-statements">
        <h2 id="letter-statements" tabIndex={-1}>
          {t("statementsHeading")}
        </h2>
        <p>{t("statementsLead")}</p>
        <StatementList locale={locale} quotes headingLevel={3} />
      </section>
    </>
  );
}
