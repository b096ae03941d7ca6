import {
  type CsvTable,
  type Dataset,
  datasetJsonSchema,
  datasetToCsv,
  datasetToJson,
  type UiLang,
} from "@inzet/data";
import { inertJson } from "../output/inert.js";

export const EXPORT_FORMATS = ["json", "csv", "schema"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = { format: ExportFormat; table: CsvTable; lang: UiLang };

/** The dataset (json), one table of it (csv) or its JSON Schema, as text ending in a newline. */
export function exportText(ds: Dataset, { format, table, lang }: ExportOptions): string {
  if (format === "schema") return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  if (format === "csv") return `${datasetToCsv(ds, table, lang)}\r\n`;
  return inertJson(datasetToJson(ds));
}
