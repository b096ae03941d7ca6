import type { Cluster } from "../model/cluster.js";
import type { Dataset } from "../model/dataset.js";
import type { PersonnelFigure } from "../model/figure.js";
import type { ClusterId, EditionId } from "../model/ids.js";
import type { Mission } from "../model/mission.js";
import { type Bounds, sumQuantities } from "../quantity/bounds.js";
import { primaryEdition } from "./editions.js";
import { figureForYear, figuresFor } from "./figures.js";
import { indexOf } from "./lookup.js";
import { citesSource } from "./sources.js";

export type ClusterSummary = {
  cluster: Cluster;
  missions: Mission[];
  /** The figure the dataset's primary source (the letter) gives the cluster, as it words it. */
  figure: PersonnelFigure | undefined;
  figures: PersonnelFigure[];
};

/**
 * The primary source's figure for a cluster: the letter speaks of 2014 for its groups but of "op dit
 * moment" (May 2015) for the OSCE observers, so the letter, not the year, decides. Falls back to
 * any figure for the dataset's year.
 */
export function letterFigure(ds: Dataset, clusterId: ClusterId): PersonnelFigure | undefined {
  const figures = figuresFor(ds, { cluster: clusterId });
  const fromLetter = figures.filter((f) =>
    citesSource(ds, f.citation.source, ds.meta.primarySource),
  );
  return fromLetter.at(-1) ?? figureForYear(ds, { cluster: clusterId }, ds.meta.year);
}

/**
 * An edition's groups in its order (by default the dataset's own edition: the 2014 letter's),
 * each with its worded figure and its missions.
 */
export function clusterSummaries(
  ds: Dataset,
  edition: EditionId | undefined = primaryEdition(ds)?.id,
): ClusterSummary[] {
  const { missions } = indexOf(ds);
  return ds.clusters
    .filter((c) => edition === undefined || c.edition === edition)
    .sort((a, b) => a.order - b.order)
    .map((cluster) => ({
      cluster,
      missions: cluster.missions.flatMap((id) => missions.get(id) ?? []),
      figure: letterFigure(ds, cluster.id),
      figures: figuresFor(ds, { cluster: cluster.id }),
    }));
}

/**
 * The honest total of the letter's cluster figures: an interval, never a false-precision number
 * (≈ 10 + ≈ 20 + > 40 + a few is "at least ≈ 73"). The figures may speak of different dates (the
 * OSCE observers' "enkele" is of May 2015): a reading aid, not a figure the letter states.
 */
export function clustersTotal(ds: Dataset): Bounds {
  return sumQuantities(
    clusterSummaries(ds).map((s) => s.figure?.quantity ?? { qualifier: "unknown" as const }),
  );
}
