import type { LocalizedText, Quantity } from "@inzet/data";

// A size typed in the scenario editor ("about 10", "3", "more than 5", "ruim veertig") as the
// data package's Quantity: worded as a source would word it, so "about 10" stays approximate.
// English and Dutch, digits or number words, and the symbols the site shows (≈ 10, > 40, 6–15).

export type QuantityText = { ok: true; quantity: Quantity } | { ok: false; error: LocalizedText };

/** The largest size accepted: more is a typing error, not a contribution. */
export const MAX_SIZE = 100_000;

// biome-ignore format: a table
const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  nul: 0, een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8,
  negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15,
  zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30,
  veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
};

// Each wording before a number, longest first within a qualifier so "more than" wins over "more".
// biome-ignore format: a table
const PREFIXES: [Exclude<Quantity["qualifier"], "range" | "few" | "unknown">, string[]][] = [
  ["approximately", ["about", "approximately", "around", "roughly", "some", "circa", "ca.", "ca", "c.", "~", "≈", "ongeveer", "rond de", "zo'n", "zo’n", "pakweg"]],
  ["moreThan", ["more than", "over", "well over", ">", "ruim", "meer dan", "boven de"]],
  ["atLeast", ["at least", "no fewer than", "minimum", ">=", "≥", "minstens", "minimaal", "ten minste", "tenminste"]],
  ["upTo", ["up to", "at most", "no more than", "maximum", "<=", "≤", "maximaal", "hoogstens", "ten hoogste", "tot maximaal"]],
];

const FEW = ["a few", "few", "several", "enkele", "een paar", "enkelen"];
const UNKNOWN = ["unknown", "?", "onbekend"];
// A dash only between digits: "twenty-five" is not a range.
const RANGE = [
  /^between (.+) and (.+)$/,
  /^tussen (.+) en (.+)$/,
  /^(.+?) (?:tot|to) (.+)$/,
  /^(\d[\d.,]*) ?[-–—] ?(\d[\d.,]*)$/,
];

const EXAMPLES: LocalizedText = {
  en: "Type a number of people as a source would word it: “3”, “about 10”, “more than 5”, “at least 5”, “up to 15”, “6 to 15”, “a few” or “unknown”.",
  nl: "Typ een aantal mensen zoals een bron het zou zeggen: „3”, „ongeveer 10”, „ruim 5”, „minstens 5”, „maximaal 15”, „6 tot 15”, „enkele” of „onbekend”.",
};

const fail = (en: string, nl: string): QuantityText => ({ ok: false, error: { en, nl } });

type Count = { n: number } | { error: QuantityText };

/** "10", "1.000" / "1,000" (thousands), "tien"; a whole, non-negative count or why not. */
function count(text: string): Count | undefined {
  const word = WORDS[text];
  if (word !== undefined) return { n: word };
  if (/^-\s*\d/.test(text))
    return { error: fail("A size cannot be negative.", "Een aantal kan niet negatief zijn.") };
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(text)) return size(Number(text.replace(/[.,\s]/g, "")));
  if (/^\d+$/.test(text)) return size(Number(text));
  if (/^\d*[.,]\d+$/.test(text))
    return {
      error: fail(
        "People are counted in whole numbers: leave out the decimals.",
        "Mensen worden in hele getallen geteld: laat de decimalen weg.",
      ),
    };
  return undefined;
}

function size(n: number): Count {
  if (n > MAX_SIZE)
    return {
      error: fail(
        `At most ${MAX_SIZE.toLocaleString("en-GB")} people: is that a typing error?`,
        `Ten hoogste ${MAX_SIZE.toLocaleString("nl-NL")} mensen: is dat een tikfout?`,
      ),
    };
  return { n };
}

function unrecognised(): QuantityText {
  return { ok: false, error: EXAMPLES };
}

/**
 * Reads a typed size: a number ("3", "tien"), a wording with a number ("about 10", "ruim 40",
 * "≥ 5"), a range ("6–15", "between 6 and 15", "6 tot 15"), "a few"/"enkele" or "unknown"/
 * "onbekend". Case, spacing and a trailing "people"/"mensen" are ignored. Never throws: an
 * unreadable text gives an error in English and Dutch saying what to type.
 */
export function parseQuantityText(input: string): QuantityText {
  const text = input
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*(people|persons|personnel|mensen|personen|militairen|functionarissen)$/, "")
    .trim();
  if (text === "")
    return fail(
      "Type a size, for example “about 10”.",
      "Typ een aantal, bijvoorbeeld „ongeveer 10”.",
    );
  if (FEW.includes(text)) return { ok: true, quantity: { qualifier: "few" } };
  if (UNKNOWN.includes(text)) return { ok: true, quantity: { qualifier: "unknown" } };

  const plain = count(text);
  if (plain) return "n" in plain ? { ok: true, quantity: exact(plain.n) } : plain.error;

  for (const [qualifier, words] of PREFIXES) {
    for (const word of words) {
      if (!text.startsWith(word)) continue;
      const rest = text.slice(word.length).trim();
      const n = count(rest);
      if (n === undefined) continue;
      return "n" in n ? { ok: true, quantity: { qualifier, value: n.n } } : n.error;
    }
  }

  for (const pattern of RANGE) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [min, max] = [count(match[1]?.trim() ?? ""), count(match[2]?.trim() ?? "")];
    if (min === undefined || max === undefined) continue;
    if ("error" in min) return min.error;
    if ("error" in max) return max.error;
    if (min.n > max.n)
      return fail(
        `A range goes from the lower number to the higher: “${max.n} to ${min.n}”.`,
        `Een bereik loopt van het lagere getal naar het hogere: „${max.n} tot ${min.n}”.`,
      );
    if (min.n === max.n) return { ok: true, quantity: exact(min.n) };
    return { ok: true, quantity: { qualifier: "range", min: min.n, max: max.n } };
  }
  return unrecognised();
}

const exact = (value: number): Quantity => ({ qualifier: "exact", value });
