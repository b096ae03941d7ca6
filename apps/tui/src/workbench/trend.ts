// The longer view (issue 16): the official count of missions per year, the evaluation editions
// with what each covers, the UN's monthly Dutch totals, and the portfolio metrics per edition
// where the inputs exist — each with its citations.
import {
  type EditionMetrics,
  editionMetricsSeries,
  formatInterval,
  type Interval,
} from "@inzet/analysis";
import type { Dataset, Edition, Mission } from "@inzet/data";
import { type MissionCountRow, missionCountSeries } from "@inzet/data/queries";
import { allMonthlyTotals, type MonthlyTotals } from "./un-monthly.js";

/** An edition, the missions the dataset records it naming, and its metrics. */
export type EditionRow = { edition: Edition; missions: Mission[]; metrics: EditionMetrics };

export type Trend = {
  years: MissionCountRow[];
  editions: EditionRow[];
  monthly: MonthlyTotals[];
};

export function trendOf(ds: Dataset): Trend {
  return {
    years: missionCountSeries(ds),
    editions: editionMetricsSeries(ds).map((metrics) => ({
      edition: metrics.edition,
      missions: metrics.named,
      metrics,
    })),
    monthly: allMonthlyTotals(ds),
  };
}

export const concentrationText = (i: Interval | null, lang: "en" | "nl") =>
  formatInterval(i, { lang, digits: 2 });
