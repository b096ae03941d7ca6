import type { Cluster } from "../model/cluster.js";
import type { Dataset } from "../model/dataset.js";
import type { MissionId, OrganisationId, SourceId } from "../model/ids.js";
import type { Mission } from "../model/mission.js";
import type { Organisation } from "../model/organisation.js";
import type { Source } from "../model/source.js";
import { normaliseName } from "./normalise.js";

type Index = {
  missions: Map<string, Mission>;
  clusterOfMission: Map<string, Cluster>;
  organisations: Map<string, Organisation>;
  sources: Map<string, Source>;
  clusters: Map<string, Cluster>;
};

// Datasets are immutable values, so an index per dataset object is safe to keep.
const indexes = new WeakMap<Dataset, Index>();
// Kept apart, and built on the first lookup by name: normalising names with accents loads
// Unicode tables that a program showing the dataset (the terminal UI's first frame) never needs.
const nameIndexes = new WeakMap<Dataset, Map<string, Mission>>();

export function indexOf(ds: Dataset): Index {
  let index = indexes.get(ds);
  if (index) return index;
  // A mission's group is its group in the dataset's own edition (the year it describes).
  const primary = ds.editions.find((e) => e.reportingYear === ds.meta.year)?.id;
  const clusterOfMission = new Map<string, Cluster>();
  for (const c of ds.clusters)
    if (primary === undefined || c.edition === primary)
      for (const id of c.missions) clusterOfMission.set(id, c);
  index = {
    missions: new Map(ds.missions.map((m) => [m.id, m])),
    clusterOfMission,
    organisations: new Map(ds.organisations.map((o) => [o.id, o])),
    sources: new Map(ds.sources.map((s) => [s.id, s])),
    clusters: new Map(ds.clusters.map((c) => [c.id, c])),
  };
  indexes.set(ds, index);
  return index;
}

/** A mission by id, acronym or alias, ignoring case, accents and punctuation ("EUTM Somalië"). */
export function getMission(ds: Dataset, key: string): Mission | undefined {
  let byName = nameIndexes.get(ds);
  if (!byName) {
    byName = new Map();
    for (const m of ds.missions) {
      for (const name of [m.id, m.acronym, ...m.aliases]) {
        const normalised = normaliseName(name);
        if (!byName.has(normalised)) byName.set(normalised, m);
      }
    }
    nameIndexes.set(ds, byName);
  }
  return byName.get(normaliseName(key));
}

export function getCluster(ds: Dataset, id: string): Cluster | undefined {
  return indexOf(ds).clusters.get(id);
}

export function getOrganisation(ds: Dataset, id: OrganisationId): Organisation | undefined {
  return indexOf(ds).organisations.get(id);
}

export function getSource(ds: Dataset, id: SourceId): Source | undefined {
  return indexOf(ds).sources.get(id);
}

/** The mission's group in the dataset's own edition (ds.meta.year); undefined when it has none. */
export function clusterOf(ds: Dataset, missionId: MissionId): Cluster | undefined {
  return indexOf(ds).clusterOfMission.get(missionId);
}
