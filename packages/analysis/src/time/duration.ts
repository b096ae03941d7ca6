// How long something has run as of a date, from partial dates: an interval of years.
import type { Interval } from "../interval.js";
import { DAYS_PER_YEAR, dayRange } from "./days.js";

/**
 * At the as-of date (a day, month or year): running — started by its end and not ended before
 * its start; ended — certainly ended before it; notStarted — certainly starting after it;
 * indeterminate — the dates' precision (or an unknown start) cannot tell.
 */
export type RunStatus = "running" | "ended" | "notStarted" | "indeterminate";

export type Span = { start: string | undefined; ends: readonly string[] };

/** The earliest of several possible ends (a participation cannot outlast its mission). */
function endRange(ends: readonly string[]): [number, number] | null {
  if (ends.length === 0) return null;
  const ranges = ends.map(dayRange);
  return [Math.min(...ranges.map((r) => r[0])), Math.min(...ranges.map((r) => r[1]))];
}

export function runStatus({ start, ends }: Span, asOf: string): RunStatus {
  const [a0, a1] = dayRange(asOf);
  const end = endRange(ends);
  if (end && end[1] < a0) return "ended";
  if (start === undefined) return "indeterminate";
  const [s0, s1] = dayRange(start);
  if (s0 > a1) return "notStarted";
  if (s1 <= a1 && (end === null || end[0] >= a0)) return "running";
  return "indeterminate";
}

/**
 * Years from the start to the earliest of the ends and the as-of date, as the interval the dates'
 * precision allows: [earliest end − latest start, latest end − earliest start], never below 0.
 * Null (unknown, never zero) when the start is unknown.
 */
export function durationYears({ start, ends }: Span, asOf: string): Interval | null {
  if (start === undefined) return null;
  const [s0, s1] = dayRange(start);
  const [e0, e1] = endRange([...ends, asOf]) ?? dayRange(asOf);
  return {
    low: Math.max(0, e0 - s1) / DAYS_PER_YEAR,
    high: Math.max(0, e1 - s0) / DAYS_PER_YEAR,
    approximate: false,
  };
}
