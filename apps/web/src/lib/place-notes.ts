import type { Citation } from "@inzet/data";
import { citationKey, type Footnote, type Footnotes, footnotes } from "@inzet/data/queries";

/** A note: one place in one source, with every distinct citation of it (their quotes differ). */
export type PlaceNote = Footnote & { citations: Citation[] };

export type PlaceNotes = Omit<Footnotes, "list"> & { list: () => PlaceNote[] };

/**
 * Numbers citations by the place they point at — source and locator — so that a page lists each
 * place once: on paper, where quotes are left out, a place cited for several facts would
 * otherwise repeat itself. Each note keeps every distinct citation of its place, so the screen
 * still shows every quote. (@inzet/data's `footnotes("place")`, keeping what it merges.)
 */
export function placeNotes(): PlaceNotes {
  const numbered = footnotes("place");
  const byNote = new Map<number, Map<string, Citation>>();
  const ref = (c: Citation) => {
    const n = numbered.ref(c);
    const seen = byNote.get(n) ?? new Map<string, Citation>();
    if (!seen.has(citationKey(c))) seen.set(citationKey(c), c);
    byNote.set(n, seen);
    return n;
  };
  return {
    ref,
    refs: (cs) => cs.map(ref),
    list: () =>
      numbered
        .list()
        .map((note) => ({ ...note, citations: [...(byNote.get(note.n)?.values() ?? [])] })),
  };
}
