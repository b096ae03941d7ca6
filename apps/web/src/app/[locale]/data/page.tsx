import { formatPartialDate } from "@inzet/data/queries";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { href } from "../../../i18n/routing";
import { dataset } from "../../../lib/data";
import { DATA_FILES } from "../../../lib/data-files";
import { languageName } from "../../../lib/language-name";
import { primarySources } from "../../../lib/letter";
import { ScrollRegion } from "../../../ui/common/scroll-region";
import { CLI_SAMPLE, PACKAGE_SAMPLE } from "../../../ui/data/code-samples";

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
  const kb = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead", { version: ds.meta.version, license: ds.meta.license })}</p>
      <p>
        <a href={href(locale, "/quality")}>{t("qualityLink")}</a>
      </p>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("downloadsHeading")}</h2>
        <ScrollRegion label={t("downloadsCaption")}>
          <table className="data-table">
            <caption id="downloads-caption">{t("downloadsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("file")}</th>
                <th scope="col">{t("contents")}</th>
                <th scope="col">{t("size")}</th>
              </tr>
            </thead>
            <tbody>
              {DATA_FILES.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <a href={`/data/${f.name}`} download={f.name}>
                      {f.name}
                    </a>
                  </th>
                  <td>
                    {t(`files.${f.content}`)}
                    {f.lang ? ` ${t("labelsIn", { language: languageName(f.lang, locale) })}` : ""}
                  </td>
                  <td className="num">
                    {t("kb", { size: kb.format(Math.max(1, f.body(ds).length / 1024)) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p className="hint">{t("downloadsHint")}</p>
      </section>
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
