// Citations as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the
// form every reference manager reads; BibTeX and RIS are rendered from it (formats.ts).
import {
  type Cluster,
  canonicalUrl,
  type Dataset,
  getSource,
  identifierLabel,
  type Mission,
  type Source,
  type SourceKind,
  type UiLang,
} from "@inzet/data";
import { packageName } from "../package/write.js";
import type { SiteLinks } from "../site.js";
import { citationKey, cslDate } from "./dates.js";

export type CslItem = { id: string; type: string; title: string } & Record<string, unknown>;
export type CiteOptions = { lang?: UiLang; links?: SiteLinks };

const TYPES: Record<SourceKind, string> = {
  parliamentaryPaper: "report",
  governmentPublication: "report",
  legalAct: "legislation",
  unDocument: "report",
  webPage: "webpage",
  news: "article-newspaper",
  magazine: "article-magazine",
  report: "report",
};

const defined = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));

/** The dataset itself, as its publisher publishes it. */
export function cslDataset(ds: Dataset, { lang = "en", links }: CiteOptions = {}): CslItem {
  const { meta } = ds;
  const primary = getSource(ds, meta.primarySource);
  const id = citationKey(packageName(ds), meta.version);
  return defined({
    id,
    "citation-key": id,
    type: "dataset",
    title: meta.title[lang],
    author: meta.publisher ? [{ literal: meta.publisher.name }] : undefined,
    publisher: meta.publisher?.name,
    version: meta.version,
    issued: cslDate(meta.modified ?? meta.issued),
    URL: links?.home(lang),
    abstract: meta.description[lang],
    keyword: meta.keywords?.map((k) => k[lang]).join(", "),
    language: lang,
    note: primary ? `${based[lang]} ${sourceLabel(primary, lang)}` : undefined,
  }) as CslItem;
}

const based = { en: "Based on", nl: "Gebaseerd op" } as const;

/** "Kamerstuk 29 521 nr. 291", else the title. */
function sourceLabel(s: Source, lang: UiLang): string {
  return s.identifier ? `${s.title} (${identifierLabel(s.identifier, lang)})` : s.title;
}

/**
 * The number a reference manager files the source under, by its identifier's scheme; the note
 * repeats it in words, for formats whose entry type has no number field (BibTeX's @misc).
 */
function identifierFields(s: Source, lang: UiLang): Record<string, unknown> {
  const id = s.identifier;
  if (!id) return {};
  const note = identifierLabel(id, lang);
  switch (id.scheme) {
    case "kamerstuk":
      return {
        genre: "Kamerstuk",
        number: `${id.dossier} ${lang === "nl" ? "nr." : "no."} ${id.number}`,
        note,
      };
    case "celex":
      return { number: id.celex, note: id.eli ? `${note}; ELI ${id.eli}` : note };
    case "unSymbol":
      return { number: id.symbol, genre: lang === "nl" ? "VN-document" : "UN document", note };
    case "doi":
      return { DOI: id.doi };
  }
}

/** A source by its canonical identifier and canonical address (never a copy it was read in). */
export function cslSource(ds: Dataset, s: Source, { lang = "en" }: CiteOptions = {}): CslItem {
  const parent = s.partOf ? getSource(ds, s.partOf) : undefined;
  const id = citationKey(s.id);
  return defined({
    id,
    "citation-key": id,
    type: TYPES[s.kind],
    title: s.title,
    publisher: s.publisher,
    "container-title": parent?.title,
    issued: cslDate(s.date ?? parent?.date),
    language: s.language,
    URL: canonicalUrl(s),
    ...identifierFields(s, lang),
  }) as CslItem;
}

/** A mission's entry in the dataset: what it rests on is the dataset's primary source. */
export function cslMission(ds: Dataset, m: Mission, options: CiteOptions = {}): CslItem {
  const lang = options.lang ?? "en";
  const dataset = cslDataset(ds, options);
  const primary = getSource(ds, ds.meta.primarySource);
  const id = citationKey(packageName(ds), m.id);
  return defined({
    ...dataset,
    id,
    "citation-key": id,
    type: "dataset",
    title: `${m.acronym}: ${m.name[lang]}`,
    "container-title": dataset.title,
    URL: options.links?.mission(m.id, lang),
    abstract: m.description.value[lang],
    keyword: undefined,
    note: primary ? `${based[lang]} ${sourceLabel(primary, lang)}` : undefined,
  }) as CslItem;
}

/** A group of the letter, as the dataset's entry for it. */
export function cslCluster(ds: Dataset, c: Cluster, options: CiteOptions = {}): CslItem {
  const lang = options.lang ?? "en";
  const dataset = cslDataset(ds, options);
  const id = citationKey(packageName(ds), c.id);
  return defined({
    ...dataset,
    id,
    "citation-key": id,
    title: c.name[lang],
    "container-title": dataset.title,
    URL: options.links?.cluster(c.id, lang),
    abstract: c.purpose[lang],
    keyword: undefined,
  }) as CslItem;
}
