import type { PartialDate } from "@inzet/data";
import { type TimelineRow, yearPosition } from "@inzet/data/queries";
import { formatPeriod } from "../../output/format.js";
import type { View } from "../../output/view.js";

export type Axis = { from: number; to: number; width: number };

/** An axis over every known date of the rows and at least up to `through` (the dataset's year). */
export function makeAxis(rows: readonly TimelineRow[], through: number, width: number): Axis {
  const starts = rows.flatMap((r) => [r.start, r.dutchStart]).filter((d) => d !== undefined);
  const ends = rows.flatMap((r) => [r.end, r.dutchEnd]).filter((d) => d !== undefined);
  const from = Math.floor(Math.min(through, ...starts.map((d) => yearPosition(d, "start"))));
  const to = Math.ceil(Math.max(through + 1, ...ends.map((d) => yearPosition(d, "end"))));
  return { from, to: Math.max(to, from + 1), width: Math.max(2, width) };
}

export function column(axis: Axis, year: number): number {
  const share = (year - axis.from) / (axis.to - axis.from);
  return Math.min(axis.width - 1, Math.max(0, Math.round(share * (axis.width - 1))));
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

/** The tick line and the year labels under it, labels at least 6 columns apart. */
export function axisLines(axis: Axis): [ticks: string, labels: string] {
  const perYear = (axis.width - 1) / (axis.to - axis.from);
  const step = STEPS.find((s) => s * perYear >= 6) ?? (STEPS.at(-1) as number);
  const ticks = Array.from({ length: axis.width }, () => "─");
  const labels = Array.from({ length: axis.width }, () => " ");
  for (let year = Math.ceil(axis.from / step) * step; year <= axis.to; year += step) {
    const col = column(axis, year);
    ticks[col] = "┼";
    const text = String(year);
    const start = Math.min(col, axis.width - text.length);
    if (
      start < 0 ||
      labels.slice(Math.max(0, start - 1), start + text.length).some((c) => c !== " ")
    )
      continue;
    for (let i = 0; i < text.length; i++) labels[start + i] = text[i] as string;
  }
  return [ticks.join(""), labels.join("").trimEnd()];
}

/** mission: known lifetime; open: after a start with no end recorded; dutch: the Dutch part. */
export type SpanKind = "none" | "mission" | "open" | "dutch" | "dutchOpen";
export type Span = { text: string; kind: SpanKind };

export const TIMELINE_GLYPHS: Record<SpanKind, string> = {
  none: " ",
  mission: "─",
  open: "┄",
  dutch: "█",
  dutchOpen: "▓",
};

/** A row's cells on the axis, as runs of one kind; no start known means nothing is drawn. */
export function timelineSpans(row: TimelineRow, axis: Axis): Span[] {
  const cells: SpanKind[] = Array.from({ length: axis.width }, () => "none");
  const paint = (
    from: PartialDate | undefined,
    to: PartialDate | undefined,
    known: SpanKind,
    open: SpanKind,
  ) => {
    if (from === undefined) return;
    const a = column(axis, yearPosition(from, "start"));
    const b =
      to === undefined ? axis.width - 1 : Math.max(a, column(axis, yearPosition(to, "end")) - 1);
    for (let i = a; i <= b; i++) cells[i] = to === undefined ? open : known;
  };
  paint(row.start, row.end, "mission", "open");
  paint(row.dutchStart, row.dutchEnd, "dutch", "dutchOpen");
  const spans: Span[] = [];
  for (const kind of cells) {
    const last = spans.at(-1);
    if (last && last.kind === kind) last.text += TIMELINE_GLYPHS[kind];
    else spans.push({ text: TIMELINE_GLYPHS[kind], kind });
  }
  if (spans.at(-1)?.kind === "none") spans.pop();
  return spans;
}

/** A row's dates in words, for the line under the chart ("from 1948 (no end given)"). */
export function timelineText(row: TimelineRow, view: View): string {
  const { t } = view;
  const period = (from: PartialDate | undefined, to: PartialDate | undefined) =>
    from === undefined ? t("common.unknown") : formatPeriod(from, to, view);
  return t("tui.timeline.selected", {
    acronym: row.mission.acronym,
    mission: period(row.start, row.end),
    dutch: period(row.dutchStart, row.dutchEnd),
  });
}
