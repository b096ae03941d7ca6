// A figure typed the way a source words it — "about 10", "more than 5", "a few", "ruim veertig" —
// read into the dataset's Quantity, in English or Dutch, whatever the output language.
import type { Quantity } from "@inzet/data";

export type QuantityProblem =
  | { key: "quantity.empty" }
  | { key: "quantity.noNumber"; text: string }
  | { key: "quantity.notWhole"; text: string }
  | { key: "quantity.reversed"; low: number; high: number }
  | { key: "quantity.belowOne"; text: string }
  | { key: "quantity.unreadable"; text: string };

export type QuantityParse =
  | { ok: true; quantity: Quantity }
  | { ok: false; problem: QuantityProblem };

import { readNumber } from "./number-words.js";

export { readNumber };

type Shape = "exactly" | "approximately" | "moreThan" | "atLeast" | "upTo" | "lessThan";

// How a figure's words begin, by shape; matched longest first ("more than" before "more").
const WORDS: Record<Shape, string[]> = {
  exactly: ["exactly", "precies", "exact", "="],
  approximately: [
    ...["about", "approximately", "approx.", "around", "roughly", "some", "circa", "ca.", "c."],
    ...["~", "≈", "ongeveer", "zo'n", "zo’n", "rond de", "ruwweg", "pakweg", "bijna"],
  ],
  moreThan: ["more than", "over", "above", ">", "well over", "ruim", "meer dan"],
  atLeast: [
    ...["at least", "no fewer than", "≥", ">=", "minimum"],
    ...["minstens", "ten minste", "tenminste", "minimaal"],
  ],
  upTo: [
    ...["up to", "at most", "no more than", "≤", "<=", "maximum", "max.", "max"],
    ...["maximaal", "hooguit", "ten hoogste", "tot", "niet meer dan", "tot maximaal"],
  ],
  lessThan: ["less than", "fewer than", "under", "<", "minder dan", "onder de"],
};
const PREFIXES: [string, Shape][] = Object.entries(WORDS)
  .flatMap(([shape, words]) => words.map((w): [string, Shape] => [w, shape as Shape]))
  .sort((a, b) => b[0].length - a[0].length);

const FEW = new Set([
  "a few",
  "few",
  "several",
  "a handful",
  "enkele",
  "enkelen",
  "een paar",
  "een aantal",
  "een handvol",
]);
const UNKNOWN = new Set(["unknown", "onbekend", "?", "n/a"]);
// What may follow the number: who is counted.
const NOUNS =
  /\s+(people|persons|personnel|officials|staff|troops|men|mensen|personen|functionarissen|militairen|man|personeel)$/;
const RANGE = [
  /^between (.+) and (.+)$/,
  /^tussen (.+) en (.+)$/,
  /^van (.+) tot (.+)$/,
  /^from (.+) to (.+)$/,
  /^(.+?) (?:to|tot|à) (.+)$/,
  /^(\S+?)\s*-\s*(\S+)$/,
];

const normalise = (text: string) =>
  text.trim().toLowerCase().replace(/[–—]/g, "-").replace(/\s+/g, " ").replace(NOUNS, "");

/** What went wrong with `word` as a number: a fraction, or not a number at all. */
function numberProblem(word: string, original: string): QuantityProblem {
  return /^\d+[.,]\d+$/.test(word)
    ? { key: "quantity.notWhole", text: original }
    : { key: "quantity.unreadable", text: original };
}

/**
 * `text` as a Quantity: "3" → exact 3, "about 10" / "ongeveer tien" → approximately 10, "more than
 * 5" / "ruim 5" → moreThan 5, "at least 4", "up to 6", "less than 5" (up to 4), "3 to 5" / "3-5" /
 * "tussen 3 en 5" → range, "a few" / "enkele" → few, "unknown" / "onbekend". Never guesses.
 */
export function parseWordedQuantity(text: string): QuantityParse {
  const s = normalise(text);
  const fail = (problem: QuantityProblem): QuantityParse => ({ ok: false, problem });
  if (s === "") return fail({ key: "quantity.empty" });
  if (FEW.has(s)) return { ok: true, quantity: { qualifier: "few" } };
  if (UNKNOWN.has(s)) return { ok: true, quantity: { qualifier: "unknown" } };
  const whole = readNumber(s);
  if (whole !== undefined) return { ok: true, quantity: { qualifier: "exact", value: whole } };
  for (const [prefix, shape] of PREFIXES) {
    if (!s.startsWith(prefix)) continue;
    const rest = s.slice(prefix.length).trim();
    if (rest === "") return fail({ key: "quantity.noNumber", text });
    const n = readNumber(rest);
    if (n === undefined) return fail(numberProblem(rest, text));
    switch (shape) {
      case "exactly":
        return { ok: true, quantity: { qualifier: "exact", value: n } };
      case "lessThan":
        if (n < 1) return fail({ key: "quantity.belowOne", text });
        return { ok: true, quantity: { qualifier: "upTo", value: n - 1 } };
      default:
        return { ok: true, quantity: { qualifier: shape, value: n } };
    }
  }
  for (const pattern of RANGE) {
    const match = pattern.exec(s);
    if (!match?.[1] || !match[2]) continue;
    const low = readNumber(match[1].trim());
    const high = readNumber(match[2].trim());
    if (low === undefined) return fail(numberProblem(match[1].trim(), text));
    if (high === undefined) return fail(numberProblem(match[2].trim(), text));
    if (low > high) return fail({ key: "quantity.reversed", low, high });
    if (low === high) return { ok: true, quantity: { qualifier: "exact", value: low } };
    return { ok: true, quantity: { qualifier: "range", min: low, max: high } };
  }
  return fail(numberProblem(s, text));
}
