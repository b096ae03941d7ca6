import {
  type CsvTable,
  type Dataset,
  datasetJsonSchema,
  datasetToCsv,
  datasetToJson,
  type UiLang,
} from "@inzet/data";
import { dataPackage } from "@inzet/publish";
import type { Env } from "../output/colour.js";
import { inertJson } from "../output/inert.js";

export const EXPORT_FORMATS = ["json", "csv", "schema", "datapackage"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = {
  format: Exclude<ExportFormat, "datapackage">;
  table: CsvTable;
  lang: UiLang;
};

/** The dataset (json), one table of it (csv) or its JSON Schema, as text ending in a newline. */
export function exportText(ds: Dataset, { format, table, lang }: ExportOptions): string {
  if (format === "schema") return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  if (format === "csv") return `${datasetToCsv(ds, table, lang)}\r\n`;
  return inertJson(datasetToJson(ds));
}

/**
 * When an export says it was made: SOURCE_DATE_EPOCH where set (the reproducible-builds
 * convention, so the same data gives the same files), else now.
 */
export function createdAt(env: Env, now: () => Date): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return (
    env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now()
  ).toISOString();
}

/** The files of the Frictionless data package: datapackage.json and one CSV per table. */
export function packageFiles(ds: Dataset, created: string): { name: string; text: string }[] {
  const { descriptor, resources } = dataPackage(ds, { created });
  return [
    { name: "datapackage.json", text: inertJson(`${JSON.stringify(descriptor, null, 2)}\n`) },
    ...resources.map((r) => ({ name: r.path, text: r.csv })),
  ];
}
