// DCAT-AP (https://semiceu.github.io/DCAT-AP/releases/3.0.0/) as JSON-LD, the profile the Dutch
// national data portal harvests: a dcat:Dataset with one dcat:Distribution per download. Every
// value comes from the dataset's meta and data; only the vocabularies' addresses are fixed here.
import {
  canonicalUrl,
  countryName,
  type Dataset,
  getSource,
  type LocalizedText,
} from "@inzet/data";
import { coverage } from "./coverage.js";
import { downloads } from "./downloads.js";
import { licenceOf } from "./licence.js";
import { packageName } from "./package/write.js";
import type { SiteLinks } from "./site.js";
import { alpha3 } from "./spatial.js";

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

const EU = "http://publications.europa.eu/resource/authority/";
// International issues; government and public sector (the EU data-theme vocabulary).
const THEMES = ["INTR", "GOVE"];

const ref = (iri: string) => ({ "@id": iri });
const texts = (t: LocalizedText) => [
  { "@value": t.en, "@language": "en" },
  { "@value": t.nl, "@language": "nl" },
];
/** A partial date as the XML Schema type of its precision. */
export function xsdDate(date: string) {
  const type = date.length === 4 ? "xsd:gYear" : date.length === 7 ? "xsd:gYearMonth" : "xsd:date";
  return { "@value": date, "@type": type };
}

export type DcatOptions = {
  /** The data folder's URL: downloads are addressed from it. */
  baseUrl: string;
  links?: SiteLinks;
};

function agent(ds: Dataset) {
  const p = ds.meta.publisher;
  if (!p) return {};
  return {
    "dct:publisher": {
      "@type": "foaf:Agent",
      "foaf:name": p.name,
      ...(p.url ? { "foaf:homepage": ref(p.url) } : {}),
    },
    "dcat:contactPoint": {
      "@type": "vcard:Kind",
      "vcard:fn": p.name,
      ...(p.email ? { "vcard:hasEmail": ref(`mailto:${p.email}`) } : {}),
      ...(p.url ? { "vcard:hasURL": ref(p.url) } : {}),
    },
  };
}

/** The dataset's DCAT-AP description, as a JSON-LD document. */
export function dcatDataset(ds: Dataset, { baseUrl, links }: DcatOptions): Record<string, unknown> {
  const base = baseUrl.replace(/\/?$/, "/");
  const { meta } = ds;
  const licence = ref(licenceOf(meta).url);
  const covered = coverage(ds);
  const primary = getSource(ds, meta.primarySource);
  const primaryUrl = primary && canonicalUrl(primary);
  return {
    "@context": DCAT_CONTEXT,
    "@id": `${base}#dataset`,
    "@type": "dcat:Dataset",
    "dct:identifier": `${packageName(ds)}-${meta.version}`,
    "dct:title": texts(meta.title),
    "dct:description": texts(meta.description),
    ...agent(ds),
    "dct:license": licence,
    ...(meta.issued ? { "dct:issued": xsdDate(meta.issued) } : {}),
    ...(meta.modified ? { "dct:modified": xsdDate(meta.modified) } : {}),
    "dcat:version": meta.version,
    "dct:language": [ref(`${EU}language/ENG`), ref(`${EU}language/NLD`)],
    "dcat:theme": THEMES.map((t) => ref(`${EU}data-theme/${t}`)),
    "dcat:keyword": (meta.keywords ?? []).flatMap(texts),
    ...(covered.start || covered.end
      ? {
          "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            ...(covered.start ? { "dcat:startDate": xsdDate(covered.start) } : {}),
            ...(covered.end ? { "dcat:endDate": xsdDate(covered.end) } : {}),
          },
        }
      : {}),
    "dct:spatial": covered.countries.map((code) => {
      const a3 = alpha3(code);
      // Kosovo (XK) has no ISO alpha-3 code, so no entry in the EU country vocabulary.
      return a3
        ? ref(`${EU}country/${a3}`)
        : {
            "@type": "dct:Location",
            "skos:prefLabel": texts({ en: countryName(code, "en"), nl: countryName(code, "nl") }),
          };
    }),
    ...(links ? { "dcat:landingPage": [ref(links.home("en")), ref(links.home("nl"))] } : {}),
    ...(primaryUrl ? { "dct:source": ref(primaryUrl) } : {}),
    "dcat:distribution": downloads().map((d) => ({
      "@id": `${base}${d.path}`,
      "@type": "dcat:Distribution",
      "dct:title": texts(d.title),
      "dcat:accessURL": ref(`${base}${d.path}`),
      "dcat:downloadURL": ref(`${base}${d.path}`),
      "dcat:mediaType": ref(`https://www.iana.org/assignments/media-types/${d.mediaType}`),
      "dct:format": ref(`${EU}file-type/${d.fileType}`),
      "dct:license": licence,
      ...(d.conformsTo ? { "dct:conformsTo": ref(new URL(d.conformsTo, base).href) } : {}),
    })),
  };
}
