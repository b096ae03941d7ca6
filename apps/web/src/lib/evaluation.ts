import type { Dataset, Mission, PersonnelFigure } from "@inzet/data";
import { editionMissions, figureForYear, primaryEdition } from "@inzet/data/queries";

// The dashboard looks at the data through the dataset's year's evaluation (the 2014 one): its
// missions get that year's figure; a mission it does not treat (a UN mission of the monthly
// statistics) gets none, so the letter's picture is not mixed with missions outside it.
const treatedCache = new WeakMap<Dataset, ReadonlySet<string>>();

/** The ids of the missions the dataset's year's evaluation treats (its groups' and covers'). */
export function evaluationMissionIds(ds: Dataset): ReadonlySet<string> {
  let ids = treatedCache.get(ds);
  if (!ids) {
    const edition = primaryEdition(ds);
    ids = new Set(edition ? editionMissions(ds, edition.id).map((m) => m.id) : []);
    treatedCache.set(ds, ids);
  }
  return ids;
}

export function isTreatedByEvaluation(ds: Dataset, mission: string): boolean {
  return evaluationMissionIds(ds).has(mission);
}

/** The dataset's missions the evaluation treats, in data order. */
export function evaluationMissions(ds: Dataset): Mission[] {
  return ds.missions.filter((m) => isTreatedByEvaluation(ds, m.id));
}

/** The dataset's other missions: in none of the letter's groups, treated by the evaluation nowhere. */
export function otherMissions(ds: Dataset): Mission[] {
  return ds.missions.filter((m) => !isTreatedByEvaluation(ds, m.id));
}

/** The dataset with only the missions the evaluation treats: for overviews of the letter. */
export function evaluationDataset(ds: Dataset): Dataset {
  return { ...ds, missions: evaluationMissions(ds) };
}

/** The figure the dashboard gives a mission for the dataset's year; none outside the evaluation. */
export function yearFigureOf(ds: Dataset, mission: string): PersonnelFigure | undefined {
  const m = ds.missions.find((x) => x.id === mission);
  if (!m || !isTreatedByEvaluation(ds, m.id)) return undefined;
  return figureForYear(ds, { mission: m.id }, ds.meta.year);
}
