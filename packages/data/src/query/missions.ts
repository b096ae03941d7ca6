import type { Dataset } from "../model/dataset.js";
import type { Mission, MissionKind, MissionType } from "../model/mission.js";
import { clusterOf } from "./lookup.js";
import { searchMissions } from "./search.js";

export type MissionFilter = {
  cluster?: string | undefined;
  organisation?: string | undefined;
  type?: MissionType | undefined;
  kind?: MissionKind | undefined;
  /** ISO 3166-1 alpha-2, any case. */
  country?: string | undefined;
  /** Free text in English or Dutch; results then come best match first. */
  search?: string | undefined;
};

export function missionMatches(ds: Dataset, m: Mission, filter: MissionFilter): boolean {
  if (filter.cluster !== undefined && clusterOf(ds, m.id)?.id !== filter.cluster) return false;
  if (filter.organisation !== undefined && m.organisation !== filter.organisation) return false;
  if (filter.type !== undefined && !m.types.value.includes(filter.type)) return false;
  if (filter.kind !== undefined && m.kind.value !== filter.kind) return false;
  if (
    filter.country !== undefined &&
    !m.area.value.countries.includes(filter.country.toUpperCase())
  )
    return false;
  return true;
}

/** Missions that pass every given filter: in dataset order, or by relevance when searching. */
export function listMissions(ds: Dataset, filter: MissionFilter = {}): Mission[] {
  const pool = filter.search?.trim() ? searchMissions(ds, filter.search) : ds.missions;
  return pool.filter((m) => missionMatches(ds, m, filter));
}
