// A mission's monthly Dutch totals for the trend: the "all" category of the data package's
// monthlySeries (the month-end counts of everyone deployed), with every month between its first
// and last so that gaps show.
import type { Dataset, Mission, SourceId } from "@inzet/data";
import { monthlySeries, type SeriesPoint, seriesMonths } from "@inzet/data/queries";

export type MonthPoint = SeriesPoint;

export type MonthlyTotals = {
  mission: Mission;
  source: SourceId;
  /** One point per month with a figure, oldest first; a month without one is a gap. */
  points: MonthPoint[];
  /** Every month from the first to the last, gaps included. */
  months: string[];
};

/** The mission's monthly totals, one per source that gives a series. */
export function monthlyTotals(ds: Dataset, mission: Mission): MonthlyTotals[] {
  return monthlySeries(ds, mission.id)
    .filter((c) => c.isTotal)
    .map((c) => ({ mission, source: c.source, points: c.points, months: seriesMonths([c]) }));
}

/** Every mission's monthly totals, missions by acronym. */
export function allMonthlyTotals(ds: Dataset): MonthlyTotals[] {
  return [...ds.missions]
    .sort((a, b) => a.acronym.localeCompare(b.acronym, "en"))
    .flatMap((m) => monthlyTotals(ds, m));
}
