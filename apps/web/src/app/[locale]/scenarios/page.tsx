import { MAX_COMPARED, METRIC_IDS, METRICS, TOKEN_THRESHOLD } from "@inzet/analysis";
import { formatPartialDate } from "@inzet/data/queries";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { dataset } from "../../../lib/data";
import { workbenchPortfolio } from "../../../lib/workbench/portfolio";
import { EMPTY_SCENARIO } from "../../../lib/workbench/scenario-edit";
import {
  comparisonView,
  editorContributions,
  editorGroups,
} from "../../../lib/workbench/scenario-view";
import { ScenarioWorkbench } from "../../../ui/scenarios/scenario-workbench";

/** The token question keeps the two largest groups, as the issue asks. */
const KEEP = 2;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Scenarios" });
  return { title: t("title"), description: t("description") };
}

export default async function ScenariosPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Scenarios" });
  const { Workbench } = await getMessages({ locale });
  const base = workbenchPortfolio(dataset());
  // The baseline's metrics are computed here, at build time, beside an empty scenario.
  const initial = comparisonView(base, [EMPTY_SCENARIO], locale);
  if (!initial.ok) throw new Error(`the baseline does not compute: ${initial.issues.join(" ")}`);
  const asOfText = formatPartialDate(base.asOf, locale);
  const considerations = [...base.dataset.considerations]
    .sort((a, b) => a.order - b.order)
    .map((c) => ({ id: c.id, name: c.name[locale] }));
  return (
    <div className="workbench">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("asOf", { date: asOfText, count: base.contributions.length, year: base.year })}</p>
      {/* The workbench's script gets only the workbench's texts. */}
      <NextIntlClientProvider messages={{ Workbench }}>
        <ScenarioWorkbench
          contributions={editorContributions(base, locale)}
          groups={editorGroups(base, locale)}
          considerations={considerations}
          initial={initial.view}
          asOfText={asOfText}
          maxCompared={MAX_COMPARED}
          keep={KEEP}
          threshold={TOKEN_THRESHOLD}
        />
      </NextIntlClientProvider>
      <section aria-labelledby="definitions-heading" className="no-print">
        <h2 id="definitions-heading">{t("definitionsHeading")}</h2>
        <dl className="definitions">
          {METRIC_IDS.map((id) => (
            <div key={id}>
              <dt>{METRICS[id].name[locale]}</dt>
              <dd>{METRICS[id].definition[locale]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
