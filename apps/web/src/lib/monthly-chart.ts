import type { MonthlyCategoryView } from "./monthly-series-view";
import { linearScale, ticks } from "./scale";

export const CHART = { width: 560, height: 200, left: 34, right: 10, top: 12, bottom: 34 };

export type ChartLine = {
  key: string;
  isTotal: boolean;
  /** The line through consecutive months; a gap starts a new piece ("M…L…M…"). */
  path: string;
  /** Months with a figure but no neighbour to join: drawn as a dot. */
  dots: { x: number; y: number }[];
};

export type MonthlyChart = {
  lines: ChartLine[];
  xTicks: { x: number; month: string }[];
  yTicks: { y: number; value: number }[];
  yMax: number;
};

/** A step of 1, 2 or 5 times a power of ten that gives at most five intervals up to `max`. */
export function yStep(max: number): number {
  for (let power = 1; ; power *= 10)
    for (const s of [1, 2, 5]) if (max / (s * power) <= 5) return s * power;
}

/** Where each month and count goes: months evenly along x, people from 0 up along y. */
export function monthlyChart(
  months: string[],
  categories: Pick<MonthlyCategoryView, "key" | "isTotal" | "values" | "max">[],
): MonthlyChart {
  const { width, height, left, right, top, bottom } = CHART;
  const step = yStep(Math.max(1, ...categories.map((c) => c.max)));
  const yMax = Math.ceil(Math.max(1, ...categories.map((c) => c.max)) / step) * step;
  const x = linearScale([0, Math.max(1, months.length - 1)], [left, width - right]);
  const y = linearScale([0, yMax], [height - bottom, top]);
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = categories.map((c) => {
    let path = "";
    const dots: ChartLine["dots"] = [];
    c.values.forEach((v, i) => {
      if (v === undefined) return;
      const point = `${round(x(i))},${round(y(v))}`;
      const joinsBefore = c.values[i - 1] !== undefined;
      path += `${joinsBefore ? "L" : "M"}${point}`;
      if (!joinsBefore && c.values[i + 1] === undefined)
        dots.push({ x: round(x(i)), y: round(y(v)) });
    });
    return { key: c.key, isTotal: c.isTotal, path, dots };
  });

  // Each January, or the first month when the series spans no new year.
  const januaries = months.flatMap((m, i) => (m.endsWith("-01") ? [i] : []));
  const xTicks = (januaries.length > 0 ? januaries : [0]).map((i) => ({
    x: round(x(i)),
    month: months[i] ?? "",
  }));
  const yTicks = ticks(0, yMax, step).map((value) => ({ y: round(y(value)), value }));
  return { lines, xTicks, yTicks, yMax };
}
