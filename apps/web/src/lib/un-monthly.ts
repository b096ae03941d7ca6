import type { Dataset, Mission, PersonnelFigure, SourceId } from "@inzet/data";
import { figuresFor, isStrength, lastDay } from "@inzet/data/queries";

// A stand-in until `monthlySeries` (branch un-figures) reaches this branch: the same rule, total
// only. Replace `monthlyTotals` with monthlySeries(ds, id).filter((c) => c.isTotal) then.

/** One month's total: the month ("2014-02"), the count, and the figure that states it. */
export type MonthPoint = { month: string; value: number; figure: PersonnelFigure };

/** A mission's monthly totals from one source, oldest month first. */
export type MonthlyTotals = { mission: Mission; source: SourceId; points: MonthPoint[] };

/** An exact count of everyone deployed (scope "all"), dated to the last day of a month. */
function monthEndTotal(f: PersonnelFigure): { month: string; value: number } | undefined {
  const q = f.quantity;
  if (f.scope !== "all" || !isStrength(f) || q.basis !== "deployed" || q.qualifier !== "exact")
    return undefined;
  if (typeof f.asOf !== "string" || f.asOf.length !== 10) return undefined;
  const month = f.asOf.slice(0, 7);
  return lastDay(month) === f.asOf ? { month, value: q.value } : undefined;
}

/**
 * Every mission's month-end totals, per source, where a source gives at least two months (one
 * month-end figure is a snapshot, not a series); in the dataset's mission order.
 */
export function monthlyTotals(ds: Dataset): MonthlyTotals[] {
  return ds.missions.flatMap((mission) => {
    const bySource = new Map<SourceId, MonthPoint[]>();
    for (const figure of figuresFor(ds, { mission: mission.id })) {
      const total = monthEndTotal(figure);
      if (!total) continue;
      const points = bySource.get(figure.citation.source) ?? [];
      if (!points.some((p) => p.month === total.month)) points.push({ ...total, figure });
      bySource.set(figure.citation.source, points);
    }
    return [...bySource]
      .filter(([, points]) => points.length >= 2)
      .map(([source, points]) => ({ mission, source, points }));
  });
}

/** Every month from `first` to `last` inclusive ("2013-11", "2013-12", "2014-01"). */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (let month = first; month <= last; ) {
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    month = `${y}-${String(m).padStart(2, "0")}`;
  }
  return months;
}
