import type { Dataset, MissionCount, MissionCountKind } from "@inzet/data";
import { missionCountSeries, quantityBounds } from "@inzet/data/queries";
import { type LinePoint, linePath } from "./line-path";
import { linearScale, niceCeil, ticks } from "./scale";

export const COUNT_KINDS: readonly MissionCountKind[] = ["civilian", "military"];

/** A year's count of one kind, with the single value it can be drawn at (none: a gap). */
export type CountPoint = {
  year: number;
  kind: MissionCountKind;
  count: MissionCount | undefined;
  /** Exact or "about": one value. Unknown (the source's "N/A"), a range or no count: none. */
  value: number | undefined;
  x: number;
  y: number | undefined;
};

/** Consecutive years of one kind without a value to draw, labelled on the chart. */
export type CountGap = {
  kind: MissionCountKind;
  from: number;
  to: number;
  /** The source's words for the missing value ("N/A"), when all the years have the same. */
  wording: string | undefined;
  x0: number;
  x1: number;
};

export type CountChart = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  years: number[];
  max: number;
  ticks: number[];
  y: (value: number) => number;
  lines: { kind: MissionCountKind; path: string; points: CountPoint[] }[];
  gaps: CountGap[];
};

const WIDTH = 640;
const HEIGHT = 280;
const PLOT = { left: 34, right: WIDTH - 92, top: 44, bottom: HEIGHT - 26 };

function pointValue(count: MissionCount | undefined): number | undefined {
  if (!count || count.count.qualifier === "unknown") return undefined;
  const { low, high } = quantityBounds(count.count);
  return high === low ? low : undefined;
}

/**
 * The official counts of missions per year as two lines on one scale from zero, in SVG units.
 * A year without a value is a gap in its line, never a zero; each run of such years is a gap
 * with its extent, for a label.
 */
export function countChart(ds: Dataset): CountChart {
  const rows = missionCountSeries(ds);
  const years = rows.map((r) => r.year);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const step = years.length > 1 ? (PLOT.right - PLOT.left) / (last - first) : 0;
  const x = linearScale([first, last], [PLOT.left, PLOT.right]);
  const values = rows.flatMap((r) => COUNT_KINDS.map((k) => pointValue(r[k]) ?? 0));
  const max = niceCeil(Math.max(1, ...values));
  const y = linearScale([0, max], [PLOT.bottom, PLOT.top]);
  const lines = COUNT_KINDS.map((kind) => {
    const points = rows.map((r): CountPoint => {
      const value = pointValue(r[kind]);
      return {
        year: r.year,
        kind,
        count: r[kind],
        value,
        x: x(r.year),
        y: value === undefined ? undefined : y(value),
      };
    });
    const path = linePath(
      points.map((p): LinePoint => (p.y === undefined ? undefined : [p.x, p.y])),
    );
    return { kind, path, points };
  });
  const gaps = lines.flatMap(({ kind, points }) => {
    const out: CountGap[] = [];
    for (const p of points) {
      if (p.value !== undefined) continue;
      const wording = p.count?.count.wording?.text;
      const open = out.at(-1);
      if (open && open.to === p.year - 1) {
        open.to = p.year;
        open.x1 = Math.min(PLOT.right + 2, p.x + step / 2);
        if (open.wording !== wording) open.wording = undefined;
      } else {
        out.push({
          kind,
          from: p.year,
          to: p.year,
          wording,
          x0: p.x - step / 2,
          x1: p.x + step / 2,
        });
      }
    }
    return out;
  });
  const tickStep = max <= 10 ? 2 : max <= 25 ? 5 : 10;
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    years,
    max,
    ticks: ticks(0, max, tickStep),
    y,
    lines,
    gaps,
  };
}
