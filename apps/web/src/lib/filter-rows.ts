import type { MissionQuery } from "./mission-query";
import type { MissionRow } from "./mission-rows";

/**
 * The table's filters (everything but search) on its own rows, as the data package's
 * `missionMatches` decides them: the browser needs no dataset until someone searches.
 */
export function rowMatches(row: MissionRow, q: MissionQuery): boolean {
  if (q.cluster !== undefined && row.cluster?.id !== q.cluster) return false;
  if (q.org !== undefined && row.organisation.id !== q.org) return false;
  if (q.type !== undefined && !row.types.some((t) => t.id === q.type)) return false;
  if (q.country !== undefined && !row.countries.some((c) => c.code === q.country)) return false;
  return true;
}

/** The rows with the given ids, in that order (a search's ranking), that pass the filters. */
export function pickRows(
  rows: readonly MissionRow[],
  ids: readonly string[],
  q: MissionQuery,
): MissionRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []).filter((r) => rowMatches(r, q));
}
