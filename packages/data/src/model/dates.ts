import type { Period } from "./figure.js";
import type { PartialDate } from "./primitives.js";

const LAST_DAY = ["31", "29", "31", "30", "31", "30", "31", "31", "30", "31", "30", "31"];

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
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const last = month === 2 && !leap ? "28" : (LAST_DAY[month - 1] ?? "31");
    return `${date}-${last}`;
  }
  return date;
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
