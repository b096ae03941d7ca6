import { bundledDataset, loadDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { DATA_FILES, dataFile } from "./data-files";
import { TABLE_DATA_URL } from "./table-data";

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

  it("knows nothing else", () => {
    expect(dataFile("../secret")).toBeUndefined();
  });
});
