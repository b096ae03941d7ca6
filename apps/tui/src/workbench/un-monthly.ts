// A mission's monthly Dutch totals: the month-end counts of everyone deployed (scope "all"). The
// data package's own `monthlySeries` (on the un-figures branch) gives every category; until it
// lands here, this groups `figuresFor` the same way for the totals the trend shows.
import type { Dataset, Mission, PersonnelFigure, SourceId } from "@inzet/data";
import { figuresFor, isStrength, lastDay } from "@inzet/data/queries";

export type MonthPoint = { month: string; value: number; figure: PersonnelFigure };

export type MonthlyTotals = {
  mission: Mission;
  source: SourceId;
  /** One point per month with a figure, oldest first; a month without one is a gap. */
  points: MonthPoint[];
  /** Every month from the first to the last, gaps included. */
  months: string[];
};

/** An exact, actual total of people deployed, dated to the last day of a month. */
function monthEnd(f: PersonnelFigure): { month: string; value: number } | undefined {
  const q = f.quantity;
  if (f.scope !== "all" || !isStrength(f) || q.basis !== "deployed" || q.qualifier !== "exact")
    return undefined;
  if (typeof f.asOf !== "string" || f.asOf.length !== 10) return undefined;
  const month = f.asOf.slice(0, 7);
  return lastDay(month) === f.asOf ? { month, value: q.value } : undefined;
}

/** "2013-11" … "2014-02": every month from `first` to `last`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (let month = first; month <= last; ) {
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    month = `${y}-${String(m).padStart(2, "0")}`;
  }
  return months;
}

/** The mission's monthly totals per source that gives at least two months. */
export function monthlyTotals(ds: Dataset, mission: Mission): MonthlyTotals[] {
  const bySource = new Map<SourceId, MonthPoint[]>();
  for (const figure of figuresFor(ds, { mission: mission.id })) {
    const point = monthEnd(figure);
    if (!point) continue;
    const points = bySource.get(figure.citation.source) ?? [];
    if (!points.some((p) => p.month === point.month)) points.push({ ...point, figure });
    bySource.set(figure.citation.source, points);
  }
  return [...bySource]
    .filter(([, points]) => points.length >= 2)
    .map(([source, points]) => {
      const sorted = [...points].sort((a, b) => (a.month < b.month ? -1 : 1));
      const months = monthsBetween(sorted[0]?.month ?? "", sorted.at(-1)?.month ?? "");
      return { mission, source, points: sorted, months };
    });
}

/** Every mission's monthly totals, in the dataset's order of missions by acronym. */
export function allMonthlyTotals(ds: Dataset): MonthlyTotals[] {
  return [...ds.missions]
    .sort((a, b) => a.acronym.localeCompare(b.acronym, "en"))
    .flatMap((m) => monthlyTotals(ds, m));
}
