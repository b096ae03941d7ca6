import type { UiLang } from "../model/primitives.js";
import type { Bounds } from "./bounds.js";
import type { Quantity } from "./quantity.js";

/** "symbol": compact, for tables and charts ("≈ 10"); "words": for running text ("about 10"). */
export type QuantityStyle = "symbol" | "words";

type Words = {
  approximately: string;
  moreThan: string;
  atLeast: string;
  upTo: string;
  range: string;
  few: string;
  unknown: string;
  approxAtLeast: string;
  unknownParts: string;
};

// {n}, {a}, {b} are numbers formatted for the locale.
const WORDS: Record<UiLang, Words> = {
  en: {
    approximately: "about {n}",
    moreThan: "more than {n}",
    atLeast: "at least {n}",
    upTo: "up to {n}",
    range: "{a} to {b}",
    few: "a few",
    unknown: "unknown",
    approxAtLeast: "at least about {n}",
    unknownParts: "{n} unknown",
  },
  nl: {
    approximately: "ongeveer {n}",
    moreThan: "ruim {n}",
    atLeast: "minstens {n}",
    upTo: "maximaal {n}",
    range: "{a} tot {b}",
    few: "enkele",
    unknown: "onbekend",
    approxAtLeast: "minstens ongeveer {n}",
    unknownParts: "{n} onbekend",
  },
};

const SYMBOLS = {
  approximately: "≈ {n}",
  moreThan: "> {n}",
  atLeast: "≥ {n}",
  upTo: "≤ {n}",
  range: "{a}–{b}",
  approxAtLeast: "≥ ≈ {n}",
} as const;

const numberFormats = new Map<UiLang, Intl.NumberFormat>();
function num(n: number, lang: UiLang): string {
  // Counts of people are whole and mostly below 1000, where both locales write plain digits;
  // loading a number format's locale data costs a program's first frame ~4 ms.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 0 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? "");
}

function template(key: keyof typeof SYMBOLS, lang: UiLang, style: QuantityStyle): string {
  return style === "symbol" ? SYMBOLS[key] : WORDS[lang][key];
}

export type FormatOptions = { lang?: UiLang; style?: QuantityStyle };

/** Formats a figure keeping its qualifier: "≈ 10" / "ongeveer 10", "> 40" / "ruim 40". */
export function formatQuantity(
  q: Quantity,
  { lang = "en", style = "symbol" }: FormatOptions = {},
): string {
  switch (q.qualifier) {
    case "exact":
      return num(q.value, lang);
    case "approximately":
    case "moreThan":
    case "atLeast":
    case "upTo":
      return fill(template(q.qualifier, lang, style), { n: num(q.value, lang) });
    case "range":
      return fill(template("range", lang, style), { a: num(q.min, lang), b: num(q.max, lang) });
    case "few":
    case "unknown":
      return WORDS[lang][q.qualifier];
  }
}

/** Formats a sum or other aggregate interval without adding precision the parts lack. */
export function formatBounds(
  b: Bounds,
  { lang = "en", style = "symbol" }: FormatOptions = {},
): string {
  if (b.parts > 0 && b.unknownParts === b.parts) return WORDS[lang].unknown;
  const n = num(b.low, lang);
  let text: string;
  if (b.high === null) {
    text = fill(template(b.approximate ? "approxAtLeast" : "atLeast", lang, style), { n });
  } else {
    const exact =
      b.high === b.low ? n : fill(template("range", lang, style), { a: n, b: num(b.high, lang) });
    text = b.approximate ? fill(template("approximately", lang, style), { n: exact }) : exact;
  }
  if (b.unknownParts === 0) return text;
  return `${text} (+ ${fill(WORDS[lang].unknownParts, { n: num(b.unknownParts, lang) })})`;
}
