import { yearPosition } from "@inzet/data/queries";
import { ticks } from "./scale";

/** A span on the time axis in fractional years; null where no source records the date. */
export type Span = { from: number | null; to: number | null };

export type SpanDates = { start: string | undefined; end: string | undefined };

export function span({ start, end }: SpanDates): Span | undefined {
  if (start === undefined && end === undefined) return undefined;
  return {
    from: start === undefined ? null : yearPosition(start, "start"),
    to: end === undefined ? null : yearPosition(end, "end"),
  };
}

/** Whole years from the decade before the earliest date to the year after the latest. */
export function timelineDomain(
  spans: readonly (Span | undefined)[],
  marks: readonly number[] = [],
) {
  const values = [...spans.flatMap((s) => (s ? [s.from, s.to] : [])), ...marks].filter(
    (v): v is number => v !== null,
  );
  if (values.length === 0) return { from: 2000, to: 2020, ticks: ticks(2000, 2020, 10) };
  const from = Math.floor(Math.min(...values) / 10) * 10;
  const to = Math.ceil(Math.max(...values)) + 1;
  return { from, to, ticks: ticks(from, to, 10) };
}

/**
 * How to draw a span: `bar` from..to; an unrecorded end runs to the axis end and fades (none
 * recorded, not "ongoing"); a span known only by its end is a marker at that end.
 */
export type SpanShape =
  | { kind: "bar"; from: number; to: number; openEnd: boolean }
  | { kind: "endOnly"; at: number };

export function spanShape(s: Span, axisEnd: number): SpanShape {
  if (s.from === null) return { kind: "endOnly", at: s.to ?? axisEnd };
  return { kind: "bar", from: s.from, to: s.to ?? axisEnd, openEnd: s.to === null };
}
