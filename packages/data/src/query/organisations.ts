import type { Cluster } from "../model/cluster.js";
import type { Dataset } from "../model/dataset.js";
import type { Mission } from "../model/mission.js";
import type { Organisation } from "../model/organisation.js";
import { clusterOf } from "./lookup.js";

export type OrganisationShare = {
  organisation: Organisation;
  missions: Mission[];
  clusters: Cluster[];
};

/** Missions per leading organisation, most missions first, then by dataset order. */
export function organisationBreakdown(ds: Dataset): OrganisationShare[] {
  return ds.organisations
    .map((organisation) => {
      const missions = ds.missions.filter((m) => m.organisation === organisation.id);
      const clusters = [...new Set(missions.flatMap((m) => clusterOf(ds, m.id) ?? []))];
      return { organisation, missions, clusters };
    })
    .filter((share) => share.missions.length > 0)
    .sort((a, b) => b.missions.length - a.missions.length);
}
