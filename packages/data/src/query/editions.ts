import type { Cluster } from "../model/cluster.js";
import type { Dataset } from "../model/dataset.js";
import type { Edition } from "../model/edition.js";
import type { EditionId, MissionId } from "../model/ids.js";
import type { Mission } from "../model/mission.js";
import type { MissionCount } from "../model/mission-count.js";
import { indexOf } from "./lookup.js";

/** Every edition, oldest reporting year first. */
export function editionsByYear(ds: Dataset): Edition[] {
  return [...ds.editions].sort((a, b) => a.reportingYear - b.reportingYear);
}

/** The edition of the year the dataset describes (meta.year): the 2014 evaluation here. */
export function primaryEdition(ds: Dataset): Edition | undefined {
  return ds.editions.find((e) => e.reportingYear === ds.meta.year);
}

/** An edition's groups, in its order. */
export function editionClusters(ds: Dataset, edition: EditionId): Cluster[] {
  return ds.clusters.filter((c) => c.edition === edition).sort((a, b) => a.order - b.order);
}

/** The missions an edition treats: its groups' members, then those it covers besides. */
export function editionMissions(ds: Dataset, edition: EditionId): Mission[] {
  const { missions } = indexOf(ds);
  const ids = new Set<MissionId>(editionClusters(ds, edition).flatMap((c) => c.missions));
  for (const cover of ds.editions.find((e) => e.id === edition)?.covers ?? [])
    ids.add(cover.mission);
  return [...ids].flatMap((id) => missions.get(id) ?? []);
}

/** The editions that treat a mission, oldest first. */
export function missionEditions(ds: Dataset, mission: MissionId): Edition[] {
  return editionsByYear(ds).filter((e) => editionMissions(ds, e.id).some((m) => m.id === mission));
}

export type MissionCountRow = {
  year: number;
  civilian: MissionCount | undefined;
  military: MissionCount | undefined;
};

/** The official counts of missions per year, a row per year that has any, oldest first. */
export function missionCountSeries(ds: Dataset): MissionCountRow[] {
  const rows = new Map<number, MissionCountRow>();
  for (const c of ds.missionCounts) {
    const row = rows.get(c.year) ?? { year: c.year, civilian: undefined, military: undefined };
    row[c.kind] = c;
    rows.set(c.year, row);
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}
