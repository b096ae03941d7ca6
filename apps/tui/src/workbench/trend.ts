// The longer view (issue 16): the official count of missions per year, the evaluation editions
// with what each covers, the UN's monthly Dutch totals, and the portfolio metrics per edition
// where the inputs exist — each with its citations.
import {
  formatInterval,
  type Interval,
  portfolioFromDataset,
  portfolioMetrics,
} from "@inzet/analysis";
import type { Citation, Dataset, Edition, Mission } from "@inzet/data";
import {
  editionClusters,
  editionMissions,
  editionsByYear,
  type MissionCountRow,
  missionCountSeries,
} from "@inzet/data/queries";
import { allMonthlyTotals, type MonthlyTotals } from "./un-monthly.js";

/** Metrics of one edition's portfolio; null where the edition does not give the inputs. */
export type EditionMetrics = {
  /** The dataset's missions a page of the edition names; null when none is recorded. */
  missions: number | null;
  groups: number | null;
  concentration: Interval | null;
  citations: { missions: Citation[]; groups: Citation[]; concentration: Citation[] };
};

export type EditionRow = { edition: Edition; missions: Mission[]; metrics: EditionMetrics };

export type Trend = {
  years: MissionCountRow[];
  editions: EditionRow[];
  monthly: MonthlyTotals[];
};

function editionMetrics(ds: Dataset, edition: Edition, missions: Mission[]): EditionMetrics {
  const clusters = editionClusters(ds, edition.id);
  const coverCitations = edition.covers.map((c) => c.citation);
  const groupCitations = clusters.map((c) => c.citation);
  const base = {
    missions: missions.length > 0 ? missions.length : null,
    groups: clusters.length > 0 ? clusters.length : null,
    concentration: null,
    citations: {
      missions: [...groupCitations, ...coverCitations],
      groups: groupCitations,
      concentration: [],
    },
  };
  // Concentration needs the edition's groups and their figures for its year.
  if (clusters.length === 0) return base;
  const portfolio = portfolioFromDataset(ds, {
    asOf: String(edition.reportingYear),
    missions: missions.map((m) => m.id),
  });
  const figures = [...portfolio.groupFigures.values()].map((g) => g.figure.citation);
  const value = portfolioMetrics(portfolio).concentration.value;
  return {
    ...base,
    concentration: figures.length > 0 ? value : null,
    citations: { ...base.citations, concentration: figures },
  };
}

export function trendOf(ds: Dataset): Trend {
  return {
    years: missionCountSeries(ds),
    editions: editionsByYear(ds).map((edition) => {
      const missions = editionMissions(ds, edition.id);
      return { edition, missions, metrics: editionMetrics(ds, edition, missions) };
    }),
    monthly: allMonthlyTotals(ds),
  };
}

export const concentrationText = (i: Interval | null, lang: "en" | "nl") =>
  formatInterval(i, { lang, digits: 2 });
