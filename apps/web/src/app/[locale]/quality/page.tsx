import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { href } from "../../../i18n/routing";
import { dataset } from "../../../lib/data";
import { qualityView } from "../../../lib/quality-view";
import { MissionQualityTable } from "../../../ui/quality/mission-quality-table";
import { SourcesByKind } from "../../../ui/quality/sources-by-kind";
import { TallyTable } from "../../../ui/quality/tally-table";
import "../../../styles/quality.css";

const POLICY_RULES = ["kinds", "identifiers", "copies", "weak", "planned", "running"] as const;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Quality" });
  return { title: t("title"), description: t("description") };
}

/** The data-quality report: every number from qualityReport, computed when the site is built. */
export default async function QualityPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Quality" });
  const ds = dataset();
  const view = qualityView(ds, locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <section aria-labelledby="overall-heading">
        <h2 id="overall-heading">{t("overallHeading")}</h2>
        <div className="tally-tables">
          <TallyTable
            caption={t("factsCaption")}
            rows={view.facts}
            labels={(key) => t(`facts.${key}`)}
            locale={locale}
          />
          <TallyTable
            caption={t("figuresCaption")}
            rows={view.figures}
            labels={(key) => t(`figures.${key}`)}
            locale={locale}
          />
        </div>
        <p className="hint">{t("overallHint")}</p>
      </section>
      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">{t("kindsHeading")}</h2>
        <SourcesByKind sources={view.sources} total={view.sourceTotal} locale={locale} />
      </section>
      <section aria-labelledby="missions-heading">
        <h2 id="missions-heading">{t("missionsHeading")}</h2>
        <p>{t("missionsLead")}</p>
        <MissionQualityTable rows={view.missions} locale={locale} />
      </section>
      <section aria-labelledby="policy-heading">
        <h2 id="policy-heading">{t("policyHeading")}</h2>
        <ul className="policy">
          {POLICY_RULES.map((rule) => (
            <li key={rule}>{t(`policy.${rule}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">{t("reviewHeading")}</h2>
        <p>{t("review")}</p>
        <p>
          <a href={href(locale, "/sources")}>{t("toSources")}</a>
        </p>
      </section>
    </>
  );
}
