import { formatPartialDate } from "@inzet/data/queries";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { href } from "../../../i18n/routing";
import { dataset } from "../../../lib/data";
import { DATA_FILES } from "../../../lib/data-files";
import { languageName } from "../../../lib/language-name";
import { primarySources } from "../../../lib/letter";
import { CiteControl } from "../../../ui/cite/cite-control";
import { CLI_SAMPLE, PACKAGE_SAMPLE } from "../../../ui/data/code-samples";
import { DatasetJsonLd } from "../../../ui/data/dataset-json-ld";
import { FileTable } from "../../../ui/data/file-table";
import { PackageDownloads } from "../../../ui/data/package-downloads";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Data" });
  return { title: t("title"), description: t("description") };
}

export default async function DataPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Data" });
  const ds = dataset();
  const { annex, letter } = primarySources(ds);
  return (
    <>
      <DatasetJsonLd locale={locale} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead", { version: ds.meta.version, license: ds.meta.license })}</p>
      <p>
        <a href={href(locale, "/quality")}>{t("qualityLink")}</a>
      </p>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("downloadsHeading")}</h2>
        <FileTable
          locale={locale}
          caption={t("downloadsCaption")}
          rows={DATA_FILES.map((f) => ({
            path: f.name,
            what: `${t(`files.${f.content}`)}${f.lang ? ` ${t("labelsIn", { language: languageName(f.lang, locale) })}` : ""}`,
            body: f.body(ds),
          }))}
        />
        <p className="hint">{t("downloadsHint")}</p>
      </section>
      <PackageDownloads locale={locale} />
      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">{t("citeHeading")}</h2>
        <p>{t("citeLead")}</p>
        <blockquote className="citation-sample">
          <p>
            {t("citeDataset", {
              title: ds.meta.title[locale],
              version: ds.meta.version,
              annex: annex?.title ?? "",
              date: letter?.date ? formatPartialDate(letter.date, locale) : "",
            })}
          </p>
        </blockquote>
        <p>{t("citeControlLead")}</p>
        <CiteControl target={{ kind: "dataset" }} locale={locale} id="cite-dataset" />
        <p>{t("citeFigures")}</p>
      </section>
      <section aria-labelledby="package-heading">
        <h2 id="package-heading">{t("packageHeading")}</h2>
        <p>{t("packageLead")}</p>
        <pre className="code">
          <code>npm install @inzet/data zod</code>
        </pre>
        <pre className="code">
          <code>{PACKAGE_SAMPLE}</code>
        </pre>
      </section>
      <section aria-labelledby="cli-heading">
        <h2 id="cli-heading">{t("cliHeading")}</h2>
        <p>{t("cliLead")}</p>
        <pre className="code">
          <code>{CLI_SAMPLE}</code>
        </pre>
      </section>
    </>
  );
}
