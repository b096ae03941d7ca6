import type { Locale } from "../i18n/routing";
import { type MissionQuery, serialiseMissionQuery } from "./mission-query";

// Runs in the browser when a view is downloaded. It must not import the data package's
// serialisers or figure queries: they load zod, whose start-up probe for eval breaks the CSP.

/** Stable names: the same view downloads to the same file name. */
export const VIEW_FILE_NAMES = { csv: "inzet-missions.csv", json: "inzet-missions.json" } as const;

/**
 * Where the JSON download and the search get the missions in full (see DATA_FILES), fetched
 * only when first needed: they are most of the data.
 */
export const TABLE_DATA_URL = "/data/missions.json";

/** The data package's missions CSV of every mission, per language (see DATA_FILES). */
export const MISSIONS_CSV_URL: Record<Locale, string> = {
  en: "/data/missions.csv",
  nl: "/data/missions.nl.csv",
};

/** The missions CSV cut into its header and one record per mission id. */
export type CsvParts = { header: string; rows: Record<string, string> };

/**
 * Cuts the missions CSV (RFC 4180, CRLF) into records: a CRLF inside quotes belongs to its
 * field. Each record starts with the mission's id, which never needs quoting.
 */
export function csvParts(csv: string): CsvParts {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\r" && csv[i + 1] === "\n") {
      records.push(csv.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < csv.length) records.push(csv.slice(start));
  const [header = "", ...rest] = records;
  const rows: Record<string, string> = {};
  for (const record of rest) rows[record.slice(0, record.indexOf(","))] = record;
  return { header, rows };
}

/** The table's current rows as the data package's missions CSV (RFC 4180, CRLF). */
export function viewCsv(parts: CsvParts, ids: readonly string[]): string {
  const rows = ids.flatMap((id) => parts.rows[id] ?? []);
  // As papaparse writes it: an empty table is its header and a line break.
  return rows.length === 0 ? `${parts.header}\r\n` : [parts.header, ...rows].join("\r\n");
}

type Item = { id?: unknown; mission?: unknown; missions?: unknown };

/** The parts of /data/missions.json the download and the search read, checked rather than assumed. */
export type TableFile = {
  meta: Record<string, unknown>;
  organisations: Item[];
  clusters: Item[];
  missions: Item[];
  figures: Item[];
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isItems = (x: unknown): x is Item[] => Array.isArray(x) && x.every(isObject);

export function isTableFile(x: unknown): x is TableFile {
  return (
    isObject(x) &&
    isObject(x.meta) &&
    isItems(x.organisations) &&
    isItems(x.clusters) &&
    isItems(x.missions) &&
    isItems(x.figures)
  );
}

/**
 * The table's current rows as JSON: the missions as the dataset has them (every fact with its
 * citations), their figures for the dataset's year, and the view that selected them.
 */
export function viewJson(table: TableFile, ids: readonly string[], query: MissionQuery): string {
  const missions = ids.flatMap((id) => table.missions.find((m) => m.id === id) ?? []);
  const clusterOf = (id: unknown) =>
    table.clusters.find((c) => Array.isArray(c.missions) && c.missions.includes(id));
  const { title, version, year, primarySource, license } = table.meta;
  const doc = {
    dataset: { title, version, year, primarySource, license },
    view: serialiseMissionQuery(query),
    missions: missions.map((m) => ({ ...m, cluster: clusterOf(m.id)?.id ?? null })),
    figures: missions.flatMap((m) => table.figures.filter((f) => f.mission === m.id)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
