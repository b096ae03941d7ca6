import type { Dataset } from "../model/dataset.js";
import { compareDates, lastDay } from "../model/dates.js";
import type { PersonnelFigure, PersonnelScope } from "../model/figure.js";
import type { MissionId, SourceId } from "../model/ids.js";
import type { LocalizedText } from "../model/primitives.js";
import { figuresFor, isStrength } from "./figures.js";

/** One month of a category: its month ("2014-02"), the count, and the figure that states it. */
export type SeriesPoint = { month: string; value: number; figure: PersonnelFigure };

/** One personnel category of one source's monthly figures, oldest month first. */
export type SeriesCategory = {
  /** Stable within a dataset: source, scope and the role's English name. */
  key: string;
  source: SourceId;
  scope: PersonnelScope;
  role: LocalizedText | undefined;
  /** Scope "all": the month's total over the other categories. */
  isTotal: boolean;
  points: SeriesPoint[];
};

/** An exact, actual count of people deployed, dated to the last day of a month. */
function monthEndCount(f: PersonnelFigure): { month: string; value: number } | undefined {
  const q = f.quantity;
  if (!isStrength(f) || q.basis !== "deployed" || q.qualifier !== "exact") return undefined;
  if (typeof f.asOf !== "string" || f.asOf.length !== 10) return undefined;
  const month = f.asOf.slice(0, 7);
  return lastDay(month) === f.asOf ? { month, value: q.value } : undefined;
}

// Code-unit order: ids and ISO months sort the same everywhere, without a collator.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A mission's monthly figures per personnel category: the month-end counts one source gives for
 * at least two months (a single month-end figure is a snapshot, not a series). Parts come first
 * (by role), the total last; within a category one point per month, the first in the data.
 */
export function monthlySeries(ds: Dataset, mission: MissionId): SeriesCategory[] {
  const categories = new Map<string, SeriesCategory>();
  for (const figure of figuresFor(ds, { mission })) {
    const count = monthEndCount(figure);
    if (count === undefined) continue;
    const { month, value } = count;
    const { source } = figure.citation;
    const key = [source, figure.scope, figure.role?.en ?? ""].join("\u0000");
    let category = categories.get(key);
    if (!category) {
      const isTotal = figure.scope === "all";
      category = { key, source, scope: figure.scope, role: figure.role, isTotal, points: [] };
      categories.set(key, category);
    }
    if (!category.points.some((p) => p.month === month))
      category.points.push({ month, value, figure });
  }
  const monthsPerSource = new Map<string, Set<string>>();
  for (const c of categories.values()) {
    const months = monthsPerSource.get(c.source) ?? new Set();
    for (const p of c.points) months.add(p.month);
    monthsPerSource.set(c.source, months);
  }
  return [...categories.values()]
    .filter((c) => (monthsPerSource.get(c.source)?.size ?? 0) >= 2)
    .sort(
      (a, b) =>
        byText(a.source, b.source) ||
        Number(a.isTotal) - Number(b.isTotal) ||
        byText(a.role?.en ?? "", b.role?.en ?? ""),
    );
}

/** Every month from the series' first to its last, gaps included ("2013-11", "2013-12", …). */
export function seriesMonths(
  categories: readonly { points: readonly Pick<SeriesPoint, "month">[] }[],
): string[] {
  const all = categories.flatMap((c) => c.points.map((p) => p.month)).sort(compareDates);
  const first = all[0];
  const last = all.at(-1);
  if (first === undefined || last === undefined) return [];
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (let month = first; month <= last; ) {
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    month = `${y}-${String(m).padStart(2, "0")}`;
  }
  return months;
}

/** The ids of the figures a series shows, for lists that show the other figures one by one. */
export function seriesFigureIds(categories: readonly SeriesCategory[]): Set<string> {
  return new Set(categories.flatMap((c) => c.points.map((p) => p.figure.id)));
}
