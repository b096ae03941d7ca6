import { assessmentTemplate } from "@inzet/analysis";
import { type Dataset, datasetJsonSchema, datasetToCsv, datasetToJson } from "@inzet/data";
import { tableDataset } from "./table-dataset";
import { TREND_FILES } from "./trend-files";
import { workbenchDataset } from "./workbench/workbench-dataset";

type DataFile = {
  name: string;
  /** What the file holds, for the data page's description. */
  content:
    | "dataset"
    | "schema"
    | "missions"
    | "figures"
    | "sources"
    | "table"
    | "workbench"
    | "assessmentTemplate"
    | "missionCounts"
    | "unMonthly";
  /** The language of the CSV's labels and worded figures, where it has any. */
  lang?: "en" | "nl";
  type: string;
  body: (ds: Dataset) => string;
};

const CSV = "text/csv; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

/** The downloads the data page offers, generated once at build time. */
export const DATA_FILES: readonly DataFile[] = [
  { name: "inzet.json", content: "dataset", type: JSON_TYPE, body: (ds) => datasetToJson(ds) },
  {
    name: "schema.json",
    content: "schema",
    type: JSON_TYPE,
    body: () => `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
  },
  ...(["missions", "figures"] as const).flatMap((table) =>
    (["en", "nl"] as const).map((lang) => ({
      name: lang === "en" ? `${table}.csv` : `${table}.nl.csv`,
      content: table,
      lang,
      type: CSV,
      body: (ds: Dataset) => datasetToCsv(ds, table, lang),
    })),
  ),
  { name: "sources.csv", content: "sources", type: CSV, body: (ds) => datasetToCsv(ds, "sources") },
  // What the missions table's search and downloads read (TABLE_DATA_URL).
  {
    name: "missions.json",
    content: "table",
    type: JSON_TYPE,
    body: (ds) => datasetToJson(tableDataset(ds)),
  },
  // What the assessment and scenarios pages compute on in the browser (WORKBENCH_DATA_URL).
  {
    name: "workbench.json",
    content: "workbench",
    type: JSON_TYPE,
    body: (ds) => datasetToJson(workbenchDataset(ds)),
  },
  {
    name: "assessment-template.yaml",
    content: "assessmentTemplate",
    type: "application/yaml; charset=utf-8",
    body: (ds) => assessmentTemplate(ds),
  },
  // The trend page's two series (trend-files.ts).
  ...(["csv", "json"] as const).flatMap((ext) => [
    {
      name: `mission-counts.${ext}`,
      content: "missionCounts" as const,
      type: ext === "csv" ? CSV : JSON_TYPE,
      body: TREND_FILES[`mission-counts.${ext}`],
    },
    {
      name: `un-monthly.${ext}`,
      content: "unMonthly" as const,
      type: ext === "csv" ? CSV : JSON_TYPE,
      body: TREND_FILES[`un-monthly.${ext}`],
    },
  ]),
];

export function dataFile(name: string): DataFile | undefined {
  return DATA_FILES.find((f) => f.name === name);
}
