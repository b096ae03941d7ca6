import { evaluationScope, loadAssessment } from "@inzet/analysis";
import { bundledDataset, loadDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { DATA_FILES, dataFile } from "./data-files";
import { TABLE_DATA_URL } from "./table-data";
import { ASSESSMENT_TEMPLATE_URL, WORKBENCH_DATA_URL } from "./workbench/load-workbench";

const ds = bundledDataset();

describe("data files", () => {
  it("offers a JSON dataset that loads back as valid", () => {
    const json = dataFile("inzet.json")?.body(ds) ?? "";
    const result = loadDataset(JSON.parse(json));
    expect(result.ok).toBe(true);
  });

  it("offers the JSON Schema and CSV tables with a header row", () => {
    expect(JSON.parse(dataFile("schema.json")?.body(ds) ?? "{}").$schema).toMatch(/2020-12/);
    for (const f of DATA_FILES.filter((f) => f.name.endsWith(".csv"))) {
      const [header, ...rows] = f.body(ds).split("\r\n");
      expect(header, f.name).toMatch(/^id,/);
      expect(rows.length, f.name).toBeGreaterThan(10);
    }
  });

  it("serves the table's JSON at the address the download fetches", () => {
    expect(dataFile(TABLE_DATA_URL.replace("/data/", ""))?.content).toBe("table");
  });

  it("serves the workbench's data at the address the assessment and scenarios pages fetch", () => {
    const file = dataFile(WORKBENCH_DATA_URL.replace("/data/", ""));
    const result = loadDataset(JSON.parse(file?.body(ds) ?? "{}"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.missions).toHaveLength(ds.missions.length);
    const missions = new Set(evaluationScope(ds).missions.map((m) => m.id));
    expect(result.dataset.figures.every((f) => !f.mission || missions.has(f.mission))).toBe(true);
  });

  it("serves the empty assessment template, which loads as it is", () => {
    const file = dataFile(ASSESSMENT_TEMPLATE_URL.replace("/data/", ""));
    expect(file?.type).toMatch(/^application\/yaml/);
    const loaded = loadAssessment({ file: "template.yaml", text: file?.body(ds) ?? "" }, ds);
    expect(loaded.ok).toBe(true);
  });

  it("knows nothing else", () => {
    expect(dataFile("../secret")).toBeUndefined();
  });
});
