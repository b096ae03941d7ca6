import type { Dataset } from "@inzet/data";

// Browser side: the table's missions in full, fetched and checked once, and only when a search
// or a download needs them; zod comes with them, never with the page.

/** The data package's missions, organisations and groups for the table (see DATA_FILES). */
export const TABLE_DATA_URL = "/data/missions.json";

let table: Promise<Dataset> | undefined;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

export function loadTable(): Promise<Dataset> {
  table ??= Promise.all([import("./parse-dataset"), fetchJson(TABLE_DATA_URL)]).then(
    ([{ parseDataset }, json]) => parseDataset(json),
  );
  // A failed fetch is not kept: the next search or download tries again.
  table.catch(() => {
    table = undefined;
  });
  return table;
}
