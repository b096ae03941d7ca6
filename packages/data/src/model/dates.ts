import type { Period } from "./figure.js";
import type { PartialDate, UiLang } from "./primitives.js";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** First day a partial date can mean: "2014" → "2014-01-01". */
export function firstDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day a partial date can mean: "2014-02" → "2014-02-28". */
export function lastDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const last = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return `${date}-${last}`;
  }
  return date;
}

/**
 * Chronological order of ISO dates of the same or different precision ("2014" before "2014-05"):
 * their character order. Not localeCompare, which would start the runtime's collator (ICU, ~1 ms)
 * to order digits and hyphens.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `a` certainly ends before `b` could begin, whatever the precision of either. */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  return lastDay(a) < firstDay(b);
}

/** First and last year a figure's "as of" speaks of; an open period is not stretched past its start. */
export function yearSpan(asOf: PartialDate | Period): [number, number] {
  const from = Number((typeof asOf === "string" ? asOf : asOf.from).slice(0, 4));
  const to = typeof asOf === "string" || asOf.to === undefined ? from : Number(asOf.to.slice(0, 4));
  return [from, to];
}

const DATE_LOCALES: Record<UiLang, string> = { en: "en-GB", nl: "nl-NL" };
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: UiLang, day: boolean, month: "long" | "short"): Intl.DateTimeFormat {
  const key = `${lang}:${day}:${month}`;
  let format = dateFormats.get(key);
  if (!format) {
    // Calendar dates, not instants: formatted in UTC so no time zone can move them a day.
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      timeZone: "UTC",
      year: "numeric",
      month,
      ...(day ? { day: "numeric" } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A partial date for people, as precise as the source: "2014" → "2014"; "1956-07" → "July 1956" /
 * "juli 1956"; "2015-05-20" → "20 May 2015" / "20 mei 2015". `month: "short"` for tables.
 */
export function formatPartialDate(
  date: PartialDate,
  lang: UiLang,
  month: "long" | "short" = "long",
): string {
  if (date.length === 4) return date;
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return dateFormat(lang, date.length > 7, month).format(Date.UTC(y, m - 1, d));
}

const DAY_MS = 86_400_000;

/**
 * A partial date as a fractional year on a time axis: a start at its first day ("2014" → 2014),
 * an end after its last ("2014" → 2015), so a bar covers every day the date allows.
 */
export function yearPosition(date: PartialDate, edge: "start" | "end"): number {
  const [y = 0, m, d] = date.split("-").map(Number);
  const from = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const to =
    d !== undefined ? from + DAY_MS : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  const instant = edge === "start" ? from : to;
  const year = new Date(instant).getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1);
  return year + (instant - yearStart) / (Date.UTC(year + 1, 0, 1) - yearStart);
}
