// schema.org Dataset (https://schema.org/Dataset) as JSON-LD, for the dashboard's Data page: what
// search engines read to list a dataset. Generated from the dataset's meta and data.
import {
  canonicalUrl,
  countryName,
  type Dataset,
  getSource,
  identifierLabel,
  type Source,
  type UiLang,
} from "@inzet/data";
import { coverage } from "./coverage.js";
import { downloads } from "./downloads.js";
import { licenceOf } from "./licence.js";
import { packageName } from "./package/write.js";
import type { SiteLinks } from "./site.js";

export type SchemaOrgOptions = { links: SiteLinks; lang?: UiLang };

function work(s: Source, lang: UiLang) {
  return {
    "@type": s.kind === "legalAct" ? "Legislation" : "CreativeWork",
    name: s.title,
    ...(canonicalUrl(s) ? { url: canonicalUrl(s) } : {}),
    ...(s.identifier ? { identifier: identifierLabel(s.identifier, lang) } : {}),
    ...(s.date ? { datePublished: s.date } : {}),
    ...(s.publisher ? { publisher: { "@type": "Organization", name: s.publisher } } : {}),
    inLanguage: s.language,
  };
}

/** The dataset as a schema.org Dataset, in one language. */
export function schemaOrgDataset(
  ds: Dataset,
  { links, lang = "en" }: SchemaOrgOptions,
): Record<string, unknown> {
  const { meta } = ds;
  const covered = coverage(ds);
  const primary = getSource(ds, meta.primarySource);
  const publisher = meta.publisher && {
    "@type": "Organization",
    name: meta.publisher.name,
    ...(meta.publisher.url ? { url: meta.publisher.url } : {}),
    ...(meta.publisher.email ? { email: meta.publisher.email } : {}),
  };
  const based = ds.sources.filter((s) => canonicalUrl(s)).map((s) => canonicalUrl(s) as string);
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": `${links.home(lang)}#dataset`,
    name: meta.title[lang],
    description: meta.description[lang],
    url: links.home(lang),
    identifier: `${packageName(ds)}-${meta.version}`,
    version: meta.version,
    inLanguage: ["en", "nl"],
    isAccessibleForFree: true,
    license: licenceOf(meta).url,
    ...(publisher ? { creator: publisher, publisher } : {}),
    ...(meta.issued ? { datePublished: meta.issued } : {}),
    ...(meta.modified ? { dateModified: meta.modified } : {}),
    ...(meta.keywords ? { keywords: meta.keywords.map((k) => k[lang]) } : {}),
    ...(primary ? { citation: work(primary, lang) } : {}),
    isBasedOn: [...new Set(based)],
    ...(covered.start || covered.end
      ? { temporalCoverage: `${covered.start ?? ".."}/${covered.end ?? ".."}` }
      : {}),
    spatialCoverage: covered.countries.map((code) => ({
      "@type": "Country",
      name: countryName(code, lang),
      identifier: code,
    })),
    distribution: downloads().map((d) => ({
      "@type": "DataDownload",
      name: d.title[lang],
      encodingFormat: d.mediaType,
      contentUrl: `${links.data}${d.path}`,
    })),
  };
}

/**
 * JSON-LD for a `<script type="application/ld+json">` block: "<" escaped, so no text in the data
 * can close the element. A data block is not run, so the page's script CSP does not apply to it.
 */
export function jsonLdText(document: Record<string, unknown>): string {
  return JSON.stringify(document).replace(/</g, "\\u003c");
}
