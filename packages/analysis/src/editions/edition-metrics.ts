// Portfolio metrics over time (issue 16): per evaluation edition, what its recorded groups allow
// to be measured, each with the citations it rests on; unknown where the edition's inputs are
// not recorded, never zero.
import type { Citation, Dataset, Edition, Mission } from "@inzet/data";
import { editionClusters, editionMissions, editionsByYear } from "@inzet/data/queries";
import type { Interval } from "../interval.js";
import { portfolioMetrics } from "../metrics/metrics.js";
import { portfolioFromDataset } from "../portfolio/build.js";

export type EditionMetrics = {
  edition: Edition;
  /** The missions the dataset records the edition as treating: its groups', then its pages'. */
  named: Mission[];
  /**
   * How many missions its portfolio of small contributions holds: known only where its groups
   * are recorded, for they name every member. Otherwise null — the dataset holds only some of
   * the missions an edition treats, so counting those would understate it.
   */
  missions: number | null;
  groups: number | null;
  /** The Herfindahl–Hirschman index over its groups by personnel, as of its reporting year. */
  concentration: Interval | null;
  citations: { missions: Citation[]; groups: Citation[]; concentration: Citation[] };
};

/** The metrics of one edition's portfolio. */
export function editionMetrics(ds: Dataset, edition: Edition): EditionMetrics {
  const clusters = editionClusters(ds, edition.id);
  const named = editionMissions(ds, edition.id);
  const groupCitations = clusters.map((c) => c.citation);
  const base: EditionMetrics = {
    edition,
    named,
    missions: null,
    groups: null,
    concentration: null,
    citations: { missions: [], groups: [], concentration: [] },
  };
  if (clusters.length === 0) return base;
  const portfolio = portfolioFromDataset(ds, {
    asOf: String(edition.reportingYear),
    edition: edition.id,
  });
  // Concentration needs the groups' figures for the year; without any it is unknown.
  const figures = [...portfolio.groupFigures.values()].map((g) => g.figure.citation);
  return {
    ...base,
    missions: new Set(clusters.flatMap((c) => c.missions)).size,
    groups: clusters.length,
    concentration: figures.length > 0 ? portfolioMetrics(portfolio).concentration.value : null,
    citations: { missions: groupCitations, groups: groupCitations, concentration: figures },
  };
}

/** Every edition's metrics, oldest reporting year first. */
export const editionMetricsSeries = (ds: Dataset): EditionMetrics[] =>
  editionsByYear(ds).map((e) => editionMetrics(ds, e));
