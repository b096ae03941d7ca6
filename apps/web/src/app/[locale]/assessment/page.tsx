import { INDICATOR_IDS, INDICATORS } from "@inzet/analysis";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { dataset } from "../../../lib/data";
import { matrixView } from "../../../lib/workbench/matrix-view";
import { workbenchPortfolio } from "../../../lib/workbench/portfolio";
import { AssessmentWorkbench } from "../../../ui/assessment/assessment-workbench";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Assessment" });
  return { title: t("title"), description: t("description") };
}

export default async function AssessmentPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Assessment" });
  const { Workbench } = await getMessages({ locale });
  const ds = dataset();
  // The baseline matrix is computed here, at build time; the browser recomputes only on request.
  const cellWords = await getTranslations({ locale, namespace: "Workbench.cells" });
  const view = matrixView(workbenchPortfolio(ds), locale, cellWords);
  const considerations = new Map(ds.considerations.map((c) => [c.order, c.name[locale]]));
  return (
    <div className="workbench">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {/* The workbench's script gets only the workbench's texts. */}
      <NextIntlClientProvider messages={{ Workbench }}>
        <AssessmentWorkbench initial={view} />
      </NextIntlClientProvider>
      <section aria-labelledby="definitions-heading">
        <h2 id="definitions-heading">{t("definitionsHeading")}</h2>
        <p>{t("definitionsLead")}</p>
        <dl className="definitions">
          {INDICATOR_IDS.map((id) => (
            <div key={id}>
              <dt>{INDICATORS[id].name[locale]}</dt>
              <dd>
                {INDICATORS[id].definition[locale]}{" "}
                <span className="muted">
                  {t("informs", {
                    consideration: considerations.get(INDICATORS[id].consideration) ?? "",
                  })}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
