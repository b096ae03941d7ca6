// A metric as the interval the figures allow: never more precise than the figures are.
import type { Bounds, UiLang } from "@inzet/data";

/** Lowest and highest value consistent with the figures; `high: null` means no upper bound. */
export type Interval = {
  low: number;
  high: number | null;
  /** An input was worded as an approximation ("about ten"): the bounds are soft. */
  approximate: boolean;
};

export const exactly = (n: number): Interval => ({ low: n, high: n, approximate: false });

export function intervalOf(b: Bounds): Interval {
  return { low: b.low, high: b.high, approximate: b.approximate };
}

/** The value itself, only where the interval has narrowed to one (soft if `approximate`). */
export function pointOf(i: Interval | null): number | null {
  return i !== null && i.high === i.low ? i.low : null;
}

/** True when `x` lies in the interval, allowing for rounding in the last digits. */
export function contains(i: Interval, x: number, tolerance = 1e-9): boolean {
  return x >= i.low - tolerance && (i.high === null || x <= i.high + tolerance);
}

const WORDS = {
  en: { unknown: "unknown", atLeast: "≥ {a}", range: "{a}–{b}", about: "≈ {a}" },
  nl: { unknown: "onbekend", atLeast: "≥ {a}", range: "{a}–{b}", about: "≈ {a}" },
} as const;

export type IntervalFormat = { lang?: UiLang; digits?: number; percent?: boolean };

/** "0.40–1", "≈ 0.46", "≥ 71", "14" — with the locale's decimal sign; `percent` shows 0–100 %. */
export function formatInterval(
  i: Interval | null,
  { lang = "en", digits = 0, percent = false }: IntervalFormat = {},
): string {
  const words = WORDS[lang];
  if (i === null) return words.unknown;
  const format = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: digits,
    ...(percent ? { style: "percent" as const } : {}),
  });
  const a = format.format(i.low);
  if (i.high === null) return words.atLeast.replace("{a}", a);
  const b = format.format(i.high);
  if (a === b) return i.approximate ? words.about.replace("{a}", a) : a;
  return words.range.replace("{a}", a).replace("{b}", b);
}
