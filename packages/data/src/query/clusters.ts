import type { Cluster } from "../model/cluster.js";
import type { Dataset } from "../model/dataset.js";
import type { PersonnelFigure } from "../model/figure.js";
import type { Mission } from "../model/mission.js";
import { type Bounds, sumQuantities } from "../quantity/bounds.js";
import { figureForYear, figuresFor } from "./figures.js";
import { indexOf } from "./lookup.js";

export type ClusterSummary = {
  cluster: Cluster;
  missions: Mission[];
  /** The cluster's own figure for the dataset's year, as the source words it. */
  figure: PersonnelFigure | undefined;
  figures: PersonnelFigure[];
};

/** The letter's groups in its order, each with its worded figure and its missions. */
export function clusterSummaries(ds: Dataset): ClusterSummary[] {
  const { missions } = indexOf(ds);
  return [...ds.clusters]
    .sort((a, b) => a.order - b.order)
    .map((cluster) => ({
      cluster,
      missions: cluster.missions.flatMap((id) => missions.get(id) ?? []),
      figure: figureForYear(ds, { cluster: cluster.id }, ds.meta.year),
      figures: figuresFor(ds, { cluster: cluster.id }),
    }));
}

/**
 * The honest total of the clusters' figures for the dataset's year: an interval, never a
 * false-precision number (≈ 10 + ≈ 20 + > 40 + a few is "at least ≈ 73").
 */
export function clustersTotal(ds: Dataset): Bounds {
  return sumQuantities(
    clusterSummaries(ds).map((s) => s.figure?.quantity ?? { qualifier: "unknown" as const }),
  );
}
