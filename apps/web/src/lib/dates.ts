import type { Period } from "@inzet/data";
import type { Locale } from "../i18n/routing";

// Dates in the data are partial ("2014", "1956-07", "1948-05-29") and calendar dates, not instants.
const TAG: Record<Locale, string> = { en: "en-GB", nl: "nl-NL" };

const formats = new Map<string, Intl.DateTimeFormat>();
type MonthStyle = "long" | "short";

function format(
  locale: Locale,
  precision: "month" | "day",
  month: MonthStyle,
): Intl.DateTimeFormat {
  const key = `${locale}:${precision}:${month}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(TAG[locale], {
      timeZone: "UTC",
      year: "numeric",
      month,
      ...(precision === "day" ? { day: "numeric" } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * "2014" → "2014"; "1956-07" → "July 1956" / "juli 1956"; "2015-05-20" → "20 May 2015"
 * (or "20 May 2015" / "20 mei 2015" with short months, for tables).
 */
export function formatPartialDate(
  date: string,
  locale: Locale,
  month: MonthStyle = "long",
): string {
  if (date.length === 4) return date;
  const [y, m, d] = date.split("-").map(Number);
  const instant = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  return format(locale, date.length === 7 ? "month" : "day", month).format(instant);
}

/**
 * A figure's "as of": a date, a period "2012 – 2014", or an open one: `openTemplate` is the
 * translated "from {from}".
 */
export function formatAsOf(asOf: string | Period, locale: Locale, openTemplate: string): string {
  if (typeof asOf === "string") return formatPartialDate(asOf, locale);
  const from = formatPartialDate(asOf.from, locale);
  if (asOf.to === undefined) return openTemplate.replace("{from}", from);
  return `${from} – ${formatPartialDate(asOf.to, locale)}`;
}

const DAY = 86_400_000;

/**
 * A partial date as a fractional year on a time axis: its first day for a start ("2014" → 2014.0),
 * the end of its last day for an end ("2014" → 2015.0), so a bar covers everything the date allows.
 */
export function yearPosition(date: string, edge: "start" | "end"): number {
  const [y = 0, m, d] = date.split("-").map(Number);
  const from = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const to =
    d !== undefined ? from + DAY : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  const instant = edge === "start" ? from : to;
  const year = new Date(instant).getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1);
  return year + (instant - yearStart) / (Date.UTC(year + 1, 0, 1) - yearStart);
}
