// Citations as files, written at build time under /data/cite/: the dataset, and each mission,
// group and source, as BibTeX, RIS and CSL-JSON, in English ("untso.bib") and Dutch
// ("untso.nl.bib"). The Cite control links to them and copies them; none of citation-js goes to
// the browser.
import { type Dataset, getCluster, getMission, type UiLang } from "@inzet/data";
import {
  CITATION_FILES,
  CITATION_FORMATS,
  type CitationFormat,
  type CslItem,
  cslCluster,
  cslDataset,
  cslMission,
  cslSource,
  formatCitations,
} from "@inzet/publish";
import type { ServedFile } from "./package-files";
import { links } from "./site-links";

export const CITE_KINDS = ["dataset", "mission", "cluster", "source"] as const;
export type CiteKind = (typeof CITE_KINDS)[number];
/** What to cite: the dataset itself, or one of its missions, groups or sources by id. */
export type CiteTarget = { kind: "dataset" } | { kind: Exclude<CiteKind, "dataset">; id: string };

const LANGS: readonly UiLang[] = ["en", "nl"];
export const CITE_FOLDER = "cite";

/** Every thing the site offers a citation of. */
export function citeTargets(ds: Dataset): CiteTarget[] {
  return [
    { kind: "dataset" },
    ...ds.missions.map((m) => ({ kind: "mission" as const, id: m.id })),
    ...ds.clusters.map((c) => ({ kind: "cluster" as const, id: c.id })),
    ...ds.sources.map((s) => ({ kind: "source" as const, id: s.id })),
  ];
}

/** Path segments under /data/cite/: ["mission", "untso.nl.bib"], ["dataset.ris"]. */
export function citeSegments(target: CiteTarget, lang: UiLang, format: CitationFormat): string[] {
  const name = `${target.kind === "dataset" ? "dataset" : target.id}${lang === "en" ? "" : `.${lang}`}.${CITATION_FILES[format].extension}`;
  return target.kind === "dataset" ? [name] : [target.kind, name];
}

/** The file's address on the site: "/data/cite/mission/untso.bib". */
export function citeHref(target: CiteTarget, lang: UiLang, format: CitationFormat): string {
  return `/data/${CITE_FOLDER}/${citeSegments(target, lang, format).join("/")}`;
}

/** Every file's segments, for generateStaticParams. */
export function citeFileSegments(ds: Dataset): string[][] {
  return citeTargets(ds).flatMap((target) =>
    LANGS.flatMap((lang) => CITATION_FORMATS.map((format) => citeSegments(target, lang, format))),
  );
}

/** The CSL-JSON item of a target; undefined for an id the dataset does not have. */
export function citeItem(ds: Dataset, target: CiteTarget, lang: UiLang): CslItem | undefined {
  const options = { lang, links: links() };
  switch (target.kind) {
    case "dataset":
      return cslDataset(ds, options);
    case "mission": {
      const m = getMission(ds, target.id);
      return m && m.id === target.id ? cslMission(ds, m, options) : undefined;
    }
    case "cluster": {
      const c = getCluster(ds, target.id);
      return c && cslCluster(ds, c, options);
    }
    case "source": {
      const s = ds.sources.find((source) => source.id === target.id);
      return s && cslSource(ds, s, options);
    }
  }
}

const BY_EXTENSION = new Map(
  CITATION_FORMATS.map((f) => [CITATION_FILES[f].extension, f] as const),
);

/** Reads segments back: ["mission", "untso.nl.bib"] → the mission untso, Dutch, BibTeX. */
export function parseCiteSegments(
  segments: readonly string[],
): { target: CiteTarget; lang: UiLang; format: CitationFormat } | undefined {
  const [first, second, ...rest] = segments;
  if (first === undefined || rest.length > 0) return undefined;
  const kind = second === undefined ? "dataset" : first;
  const match = /^([a-z0-9-]+)(?:\.(nl))?\.([a-z]+)$/.exec(second ?? first);
  const format = match?.[3] ? BY_EXTENSION.get(match[3]) : undefined;
  if (!match?.[1] || !format) return undefined;
  const lang: UiLang = match[2] === "nl" ? "nl" : "en";
  if (kind === "dataset")
    return match[1] === "dataset" ? { target: { kind }, lang, format } : undefined;
  if (kind !== "mission" && kind !== "cluster" && kind !== "source") return undefined;
  return { target: { kind, id: match[1] }, lang, format };
}

/** The file at /data/cite/…, or undefined. */
export function citeFile(ds: Dataset, segments: readonly string[]): ServedFile | undefined {
  const parsed = parseCiteSegments(segments);
  const item = parsed && citeItem(ds, parsed.target, parsed.lang);
  if (!parsed || !item) return undefined;
  const type = `${CITATION_FILES[parsed.format].mediaType}; charset=utf-8`;
  return { body: formatCitations([item], parsed.format), type };
}
