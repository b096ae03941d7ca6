import type { Dataset, Mission, SourceId } from "@inzet/data";
import { monthlySeries, type SeriesPoint } from "@inzet/data/queries";

// The trend page looks at each UN mission's month-end totals only (its parts are on the
// mission's own page): @inzet/data's monthlySeries, total category, one series per source.

/** One month's total: the month ("2014-02"), the count, and the figure that states it. */
export type MonthPoint = SeriesPoint;

/** A mission's monthly totals from one source, oldest month first. */
export type MonthlyTotals = { mission: Mission; source: SourceId; points: MonthPoint[] };

/** Every mission's month-end totals, per source, in the dataset's mission order. */
export function monthlyTotals(ds: Dataset): MonthlyTotals[] {
  return ds.missions.flatMap((mission) =>
    monthlySeries(ds, mission.id)
      .filter((c) => c.isTotal && c.points.length >= 2)
      .map(({ source, points }) => ({ mission, source, points })),
  );
}
