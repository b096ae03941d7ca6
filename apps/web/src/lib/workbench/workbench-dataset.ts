import { evaluationScope } from "@inzet/analysis";
import type { Dataset } from "@inzet/data";

/**
 * What the workbench computes on in the browser (served as /data/workbench.json): every mission,
 * source, organisation, group and consideration — an assessment may rate and cite any of them —
 * and the figures of the evaluation's missions and groups only, for any as-of year.
 */
export function workbenchDataset(ds: Dataset): Dataset {
  const missions = new Set(evaluationScope(ds).missions.map((m) => m.id));
  const clusters = new Set(ds.clusters.map((c) => c.id));
  const figures = ds.figures.filter(
    (f) =>
      (f.mission !== undefined && missions.has(f.mission)) ||
      (f.cluster !== undefined && clusters.has(f.cluster)),
  );
  return { ...ds, figures, statements: [], missionCounts: [] };
}
