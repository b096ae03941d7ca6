import "./zod-jitless";
import { clusterOf, type Dataset, getMission, missionsToCsv } from "@inzet/data";
import type { Locale } from "../i18n/routing";
import { type MissionQuery, serialiseMissionQuery } from "./mission-query";

// Loaded with import() when a view is downloaded: papaparse (missionsToCsv) stays out of the
// page's first-load JavaScript.

export type ViewFile = { name: string; type: string; text: string };

/** The missions with these ids, in this order. */
const missionsOf = (ds: Dataset, ids: readonly string[]) =>
  ids.flatMap((id) => getMission(ds, id) ?? []);

/** The table's current rows as the data package's missions CSV, labels in the page's language. */
export function viewCsv(ds: Dataset, ids: readonly string[], locale: Locale): ViewFile {
  const text = missionsToCsv(ds, missionsOf(ds, ids), locale);
  return { name: "inzet-missions.csv", type: "text/csv;charset=utf-8", text };
}

/**
 * The table's current rows as JSON: the missions as the dataset has them (every fact with its
 * citations), their figures for the dataset's year, and the view that selected them.
 */
export function viewJson(ds: Dataset, ids: readonly string[], query: MissionQuery): ViewFile {
  const missions = missionsOf(ds, ids);
  const { title, version, year, primarySource, license } = ds.meta;
  const doc = {
    dataset: { title, version, year, primarySource, license },
    view: serialiseMissionQuery(query),
    missions: missions.map((m) => ({ ...m, cluster: clusterOf(ds, m.id)?.id ?? null })),
    figures: missions.flatMap((m) => ds.figures.filter((f) => f.mission === m.id)),
  };
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  return { name: "inzet-missions.json", type: "application/json", text };
}
