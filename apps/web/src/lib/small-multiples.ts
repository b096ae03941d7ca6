import { seriesMonths } from "@inzet/data/queries";
import { type LinePoint, linePath } from "./line-path";
import { linearScale, niceCeil } from "./scale";
import type { MonthlyTotals } from "./un-monthly";

/** One mission's panel: its line (broken where a month has no figure), its extremes. */
export type Panel = {
  series: MonthlyTotals;
  path: string;
  first: { month: string; value: number };
  last: { month: string; value: number };
  peak: { month: string; value: number };
  /** Months in the panel's own span without a figure. */
  missing: number;
  /** Where the panel's own span begins and ends on the shared axis. */
  x0: number;
  x1: number;
};

export type SmallMultiples = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Every month of the shared axis, first to last. */
  months: string[];
  max: number;
  /** Where each January is, for the year ticks. */
  years: { year: number; x: number }[];
  panels: Panel[];
};

const WIDTH = 300;
const HEIGHT = 110;
const PLOT = { left: 28, right: WIDTH - 6, top: 8, bottom: HEIGHT - 20 };

/**
 * One small chart per mission on the same axes — every month of the whole period, and one scale
 * from zero — so that panels compare at a glance. Months without a figure are gaps.
 */
export function smallMultiples(all: readonly MonthlyTotals[]): SmallMultiples {
  const months = all.flatMap((s) => s.points.map((p) => p.month)).sort();
  const first = months[0] ?? "2000-01";
  const axis = months.length > 0 ? seriesMonths(all) : [first];
  const index = new Map(axis.map((m, i) => [m, i]));
  const x = linearScale([0, Math.max(1, axis.length - 1)], [PLOT.left, PLOT.right]);
  const max = niceCeil(Math.max(1, ...all.flatMap((s) => s.points.map((p) => p.value))));
  const y = linearScale([0, max], [PLOT.bottom, PLOT.top]);
  const panels = all.flatMap((series): Panel[] => {
    const [head, ...rest] = series.points;
    const tail = rest.at(-1) ?? head;
    if (!head || !tail) return [];
    const own = seriesMonths([series]);
    const byMonth = new Map(series.points.map((p) => [p.month, p.value]));
    const line = own.map((m): LinePoint => {
      const v = byMonth.get(m);
      return v === undefined ? undefined : [x(index.get(m) ?? 0), y(v)];
    });
    const peak = series.points.reduce((a, b) => (b.value > a.value ? b : a), head);
    return [
      {
        series,
        path: linePath(line),
        first: { month: head.month, value: head.value },
        last: { month: tail.month, value: tail.value },
        peak: { month: peak.month, value: peak.value },
        missing: own.length - series.points.length,
        x0: x(index.get(head.month) ?? 0),
        x1: x(index.get(tail.month) ?? 0),
      },
    ];
  });
  const years = axis
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.endsWith("-01"))
    .map(({ m, i }) => ({ year: Number(m.slice(0, 4)), x: x(i) }));
  return { width: WIDTH, height: HEIGHT, plot: PLOT, months: axis, max, years, panels };
}
