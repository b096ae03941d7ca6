import type { Citation } from "../model/citation.js";

/**
 * When two citations are one note: "citation" when everything they say is the same (source,
 * place, quote, translation, dates); "place" when they point at the same place in the same
 * source, for overviews that show no quotes.
 */
export type NoteGrain = "citation" | "place";

export function citationKey(c: Citation, grain: NoteGrain = "citation"): string {
  const locator = typeof c.locator === "object" ? [c.locator.en, c.locator.nl] : c.locator;
  const place = [c.source, locator ?? null];
  if (grain === "place") return JSON.stringify(place);
  const text = (t: Citation["quote"]) => (t ? [t.text, t.lang] : null);
  return JSON.stringify([
    ...place,
    text(c.quote),
    text(c.translation),
    c.asOf ?? null,
    c.accessed ?? null,
  ]);
}

export type Footnote = { n: number; citation: Citation };

export type Footnotes = {
  /** The note number of a citation; one that is the same as an earlier one gets its number. */
  ref: (c: Citation) => number;
  refs: (cs: readonly Citation[]) => number[];
  /** Every note once, in the order first referred to. */
  list: () => Footnote[];
};

/** Numbers citations in the order a page or a screen shows them, once each. */
export function footnotes(grain: NoteGrain = "citation"): Footnotes {
  const notes = new Map<string, Footnote>();
  const ref = (c: Citation) => {
    const key = citationKey(c, grain);
    let note = notes.get(key);
    if (!note) {
      note = { n: notes.size + 1, citation: c };
      notes.set(key, note);
    }
    return note.n;
  };
  return { ref, refs: (cs) => cs.map(ref), list: () => [...notes.values()] };
}
