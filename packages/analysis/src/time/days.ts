// Partial dates ("2014", "1956-07", "1948-05-29") as ranges of days: a date known to the year may
// be any of its days, and every duration computed from it says so.
import { firstDay, lastDay } from "@inzet/data/queries";

const DAY_MS = 86_400_000;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** The first and last day (days since 1970-01-01) a partial date can mean. */
export function dayRange(date: string): [number, number] {
  return [dayNumber(firstDay(date)), dayNumber(lastDay(date))];
}

/** Throws a TypeError unless `asOf` is a real date as YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkAsOf(asOf: string): void {
  const month = Number(asOf.slice(5, 7));
  const day = new Date(`${asOf}T00:00:00Z`);
  const valid =
    PARTIAL_DATE.test(asOf) &&
    (asOf.length < 7 || (month >= 1 && month <= 12)) &&
    (asOf.length < 10 || (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(asOf)));
  if (!valid)
    throw new TypeError(`asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${asOf}"`);
}

export const DAYS_PER_YEAR = 365.2425;
