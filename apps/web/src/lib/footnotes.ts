import type { Citation } from "@inzet/data";

export type Footnote = { n: number; citation: Citation };

export type Footnotes = {
  /** The note number of a citation; a citation seen before gets its first number again. */
  ref: (c: Citation) => number;
  refs: (cs: readonly Citation[]) => number[];
  list: () => Footnote[];
};

const keyOf = (c: Citation) =>
  JSON.stringify([c.source, c.locator ?? "", c.quote?.text ?? "", c.asOf ?? "", c.accessed ?? ""]);

/** Numbers citations in the order a page shows them, once each. */
export function footnotes(): Footnotes {
  const numbers = new Map<string, Footnote>();
  const ref = (c: Citation) => {
    const key = keyOf(c);
    let note = numbers.get(key);
    if (!note) {
      note = { n: numbers.size + 1, citation: c };
      numbers.set(key, note);
    }
    return note.n;
  };
  return { ref, refs: (cs) => cs.map(ref), list: () => [...numbers.values()] };
}
