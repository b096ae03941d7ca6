import type { LocalizedText } from "@inzet/data";
import { TABLES } from "./package/tables.js";
import { DOWNLOADS } from "./site.js";

/** One file offered for download, as catalogues describe it. */
export type Download = {
  /** Relative to the data folder. */
  path: string;
  title: LocalizedText;
  mediaType: string;
  /** Its code in the EU file-type vocabulary (what DCAT-AP's dct:format takes). */
  fileType: "JSON" | "CSV";
  /** The specification the file follows. */
  conformsTo?: string;
};

const TABULAR_PACKAGE = "https://specs.frictionlessdata.io/tabular-data-package/";
const CSV_RFC = "https://www.rfc-editor.org/rfc/rfc4180";

/** Every download: the dataset as JSON, its JSON Schema, and the data package with its CSVs. */
export function downloads(): Download[] {
  return [
    {
      path: DOWNLOADS.json,
      title: { en: "The dataset (JSON)", nl: "De dataset (JSON)" },
      mediaType: "application/json",
      fileType: "JSON",
      conformsTo: DOWNLOADS.schema,
    },
    {
      path: DOWNLOADS.schema,
      title: { en: "JSON Schema of the dataset", nl: "JSON Schema van de dataset" },
      mediaType: "application/schema+json",
      fileType: "JSON",
      conformsTo: "https://json-schema.org/draft/2020-12/schema",
    },
    {
      path: DOWNLOADS.dataPackage,
      title: { en: "Frictionless Data Package", nl: "Frictionless Data Package" },
      mediaType: "application/json",
      fileType: "JSON",
      conformsTo: TABULAR_PACKAGE,
    },
    ...TABLES.map(
      (t): Download => ({
        path: `${DOWNLOADS.dataPackageFolder}${t.name}.csv`,
        title: { en: `${t.title.en} (CSV)`, nl: `${t.title.nl} (CSV)` },
        mediaType: "text/csv",
        fileType: "CSV",
        conformsTo: CSV_RFC,
      }),
    ),
  ];
}
