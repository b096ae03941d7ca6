import type { Dataset } from "@inzet/data";
import { listMissions } from "@inzet/data/queries";
import { type MissionQuery, toMissionFilter } from "./mission-query";
import type { TableFile } from "./view-export";

// Loaded with import() on the first search: MiniSearch and the data package's search stay out
// of the page's first-load JavaScript, and the index is built only when someone searches.

/**
 * The ids of the missions a search (with the filters) finds, best match first. The table file
 * holds every mission, organisation and group the search reads (tested against the dataset).
 */
export function searchIds(table: TableFile, query: MissionQuery): string[] {
  // Our own build output, checked by isTableFile; validating it with zod here would need eval.
  const ds = table as unknown as Dataset;
  return listMissions(ds, toMissionFilter(query)).map((m) => m.id);
}
