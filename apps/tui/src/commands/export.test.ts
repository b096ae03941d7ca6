import { COLLECTIONS, loadDataset } from "@inzet/data";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../test/synthetic.js";
import { exportText } from "./export.js";

const ds = syntheticDataset(10);

describe("exportText", () => {
  it("exports JSON that loads back into the same dataset", () => {
    const json = JSON.parse(
      exportText(ds, { format: "json", table: "missions", lang: "en" }),
    ) as Record<string, unknown>;
    for (const c of COLLECTIONS) expect(Array.isArray(json[c])).toBe(true);
    const again = loadDataset(json);
    expect(again.ok && again.dataset).toEqual(ds);
  });

  it.each(["missions", "figures", "sources"] as const)("exports the %s table as CSV", (table) => {
    const csv = Papa.parse<Record<string, string>>(
      exportText(ds, { format: "csv", table, lang: "nl" }).trim(),
      {
        header: true,
      },
    );
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(
      table === "missions" ? 10 : table === "sources" ? 1 : ds.figures.length,
    );
    expect(csv.meta.fields?.[0]).toBe("id");
  });

  it("exports the JSON Schema of the dataset", () => {
    const schema = JSON.parse(
      exportText(ds, { format: "schema", table: "missions", lang: "en" }),
    ) as Record<string, unknown>;
    expect(schema.$id).toBe("urn:inzet:schema:dataset:1");
    expect(schema).toHaveProperty(["$defs", "Dataset", "properties", "missions", "type"], "array");
  });
});
