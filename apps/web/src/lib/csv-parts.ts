import { type Dataset, missionsToCsv } from "@inzet/data";
import type { Locale } from "../i18n/routing";
import type { CsvParts } from "./view-export";

/**
 * Server side: the data package's missions CSV, one record per mission, so the browser can put
 * any view together without the serialiser. The header has no line break, so the first CRLF of
 * a one-mission CSV ends it; a record may contain quoted line breaks and is kept whole.
 */
export function csvParts(ds: Dataset, locale: Locale): CsvParts {
  let header = "";
  const rows: Record<string, string> = {};
  for (const m of ds.missions) {
    const csv = missionsToCsv(ds, [m], locale);
    const end = csv.indexOf("\r\n");
    header = csv.slice(0, end);
    rows[m.id] = csv.slice(end + 2);
  }
  return { header, rows };
}
