import type { Dataset } from "@inzet/data";
import { listMissions } from "@inzet/data/queries";
import { type MissionQuery, toMissionFilter } from "./mission-query";

// Loaded with import() on the first search: MiniSearch and the data package's search stay out
// of the page's first-load JavaScript, and the index is built only when someone searches.

/** The ids of the missions a search (with the filters) finds, best match first. */
export function searchIds(ds: Dataset, query: MissionQuery): string[] {
  return listMissions(ds, toMissionFilter(query)).map((m) => m.id);
}
