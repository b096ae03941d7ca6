import type { Citation } from "../model/citation.js";
import type { Dataset } from "../model/dataset.js";
import { formatPartialDate } from "../model/dates.js";
import { identifierLabel } from "../model/identifiers.js";
import type { SourceId } from "../model/ids.js";
import { missionFacts } from "../model/mission-facts.js";
import type { UiLang } from "../model/primitives.js";
import type { Source } from "../model/source.js";
import { getSource } from "./lookup.js";

/** What cites a source, directly or through one of its parts: ids of the items resting on it. */
export type SourceUsage = {
  source: Source;
  missions: string[];
  figures: string[];
  clusters: string[];
  statements: string[];
};

export function sourceUsage(ds: Dataset): SourceUsage[] {
  const usage = new Map<string, SourceUsage>(
    ds.sources.map((source) => [
      source.id,
      { source, missions: [], figures: [], clusters: [], statements: [] },
    ]),
  );
  // Citing a part (the annex) is citing the whole (the letter) too.
  const note = (c: Citation, key: Exclude<keyof SourceUsage, "source">, id: string) => {
    const source = getSource(ds, c.source);
    for (const s of source ? sourceChain(ds, source) : []) {
      const list = usage.get(s.id)?.[key];
      if (list && !list.includes(id)) list.push(id);
    }
  };
  for (const m of ds.missions) {
    for (const c of m.citations) note(c, "missions", m.id);
    for (const { fact } of missionFacts(m))
      for (const c of fact.citations) note(c, "missions", m.id);
  }
  for (const f of ds.figures) note(f.citation, "figures", f.id);
  for (const c of ds.clusters) note(c.citation, "clusters", c.id);
  for (const s of [...ds.considerations, ...ds.statements]) note(s.citation, "statements", s.id);
  return [...usage.values()];
}

/** Where in its source a citation points, in the reader's language. */
export function citationLocator(c: Pick<Citation, "locator">, lang: UiLang): string | undefined {
  const locator = c.locator;
  return typeof locator === "object" ? locator[lang] : locator;
}

/**
 * A reference a reader can follow: "Evaluatie inzet Nederlandse militairen 2014, p. 45 —
 * Kamerstuk 29 521 nr. 291 (20 mei 2015)". Parent documents are named after the part.
 */
export function formatCitation(ds: Dataset, c: Citation, lang: UiLang = "en"): string {
  const source = getSource(ds, c.source);
  if (!source) return c.source;
  const [own, ...parents] = describeChain(sourceChain(ds, source), lang);
  const locator = citationLocator(c, lang);
  return [locator ? `${own}, ${locator}` : own, ...parents].join(" — ");
}

export function sourceLabel(ds: Dataset, source: Source, lang: UiLang = "en"): string {
  return describeChain(sourceChain(ds, source), lang).join(" — ");
}

// A part names its identifier only when its parent does not: an annex is "… — Kamerstuk 29 521 nr. 291 …".
function describeChain(chain: Source[], lang: UiLang): string[] {
  return chain.map((s, i) => {
    const parent = chain[i + 1];
    const sameDocument =
      parent?.identifier !== undefined &&
      s.identifier !== undefined &&
      identifierLabel(parent.identifier, lang) === identifierLabel(s.identifier, lang);
    return describe(sameDocument ? { ...s, identifier: undefined } : s, lang);
  });
}

/**
 * The source and the documents it is part of, innermost first: an annex, then its letter.
 * Validation rules out cycles; a chain that meets a source again stops there all the same.
 */
export function sourceChain(ds: Dataset, source: Source): Source[] {
  const chain = [source];
  const seen = new Set([source.id]);
  for (let parent = partOf(ds, source); parent && !seen.has(parent.id); ) {
    chain.push(parent);
    seen.add(parent.id);
    parent = partOf(ds, parent);
  }
  return chain;
}

const partOf = (ds: Dataset, s: Source) => (s.partOf ? getSource(ds, s.partOf) : undefined);

/** True when citing `sourceId` cites `target`: it is that document or a part of it. */
export function citesSource(ds: Dataset, sourceId: SourceId, target: SourceId): boolean {
  const source = getSource(ds, sourceId);
  return source !== undefined && sourceChain(ds, source).some((s) => s.id === target);
}

function describe(s: Source, lang: UiLang): string {
  const paper = s.identifier ? `${identifierLabel(s.identifier, lang)}, ` : "";
  const who = [s.publisher, s.date && formatPartialDate(s.date, lang)].filter(Boolean).join(", ");
  return `${paper}${s.title}${who ? ` (${who})` : ""}`;
}
