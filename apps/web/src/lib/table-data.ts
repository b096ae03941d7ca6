import type { Locale } from "../i18n/routing";
import {
  type CsvParts,
  csvParts,
  isTableFile,
  MISSIONS_CSV_URL,
  TABLE_DATA_URL,
  type TableFile,
} from "./view-export";

// Browser side: the table's larger data, fetched once and only when a search or a download
// needs it, never at page load.

let table: Promise<TableFile> | undefined;
const csv = new Map<Locale, Promise<CsvParts>>();

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** /data/missions.json: every mission in full, with the organisations and groups. */
export function loadTableFile(): Promise<TableFile> {
  table ??= fetchOk(TABLE_DATA_URL)
    .then((r) => r.json() as Promise<unknown>)
    .then((json) => {
      if (!isTableFile(json)) throw new Error(`${TABLE_DATA_URL}: not the table's data`);
      return json;
    });
  // A failed fetch is not kept: the next search or download tries again.
  table.catch(() => {
    table = undefined;
  });
  return table;
}

/** The page language's missions CSV, cut into one record per mission. */
export function loadMissionsCsv(locale: Locale): Promise<CsvParts> {
  let parts = csv.get(locale);
  if (!parts) {
    parts = fetchOk(MISSIONS_CSV_URL[locale]).then(async (r) => csvParts(await r.text()));
    parts.catch(() => csv.delete(locale));
    csv.set(locale, parts);
  }
  return parts;
}
