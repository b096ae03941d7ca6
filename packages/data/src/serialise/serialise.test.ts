import { readFileSync } from "node:fs";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../bundled.js";
import { syntheticDatasetInput } from "../testing.js";
import { loadDataset } from "../validate/load.js";
import { datasetToCsv, figuresToCsv, missionsToCsv } from "./csv.js";
import { datasetJsonSchema, datasetToJson } from "./json.js";

const ds = bundledDataset();
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe("CSV", () => {
  it("writes one RFC 4180 row per mission with the worded figure", () => {
    const csv = missionsToCsv(ds);
    expect(csv).toContain("\r\n");
    const { data, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(data).toHaveLength(ds.missions.length);
    const untso = data.find((r) => r.id === "untso");
    // The year's figure by figureForYear's rule: the UN's month-end total of February 2014.
    expect(untso).toMatchObject({
      acronym: "UNTSO",
      qualifier: "exact",
      nl_personnel_2014: "13",
      low: "13",
      high: "13",
    });
    expect(data.find((r) => r.id === "eumam-rca")).toMatchObject({
      qualifier: "unknown",
      high: "",
    });
  });

  it("writes every figure with its wording, in Dutch when asked", () => {
    const { data } = parse(figuresToCsv(ds, "nl"));
    expect(data).toHaveLength(ds.figures.length);
    const balkans = data.find((r) => r.cluster === "balkans");
    expect(balkans).toMatchObject({
      qualifier: "approximately",
      value: "10",
      wording: "ongeveer tien",
      formatted: "ongeveer 10",
    });
  });

  it("round-trips any text through quoting", () => {
    const input = syntheticDatasetInput({ missions: 3, seed: 2 }) as {
      missions: { name: { en: string } }[];
    };
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
        (name) => {
          const copy = structuredClone(input);
          (copy.missions[0] as { name: { en: string } }).name.en = name.trim();
          const result = loadDataset(copy);
          if (!result.ok) throw new Error("synthetic dataset invalid");
          expect(parse(datasetToCsv(result.dataset, "missions")).data[0]?.name_en).toBe(
            name.trim(),
          );
        },
      ),
    );
  });
});

describe("JSON", () => {
  it("round-trips the dataset through loadDataset", () => {
    const result = loadDataset(JSON.parse(datasetToJson(ds)));
    expect(result.ok && result.dataset).toEqual(ds);
  });

  it("ships a JSON Schema that matches the model", () => {
    const committed = readFileSync(
      new URL("../../schema/dataset.schema.json", import.meta.url),
      "utf8",
    );
    expect(JSON.parse(committed), "run `pnpm -F @inzet/data schema` and commit the result").toEqual(
      datasetJsonSchema(),
    );
  });

  it("describes a quantity by its qualifiers", () => {
    const defs = datasetJsonSchema().$defs as Record<
      string,
      { oneOf?: { properties: { qualifier: { const: string } } }[] }
    >;
    expect(defs.Quantity?.oneOf?.map((o) => o.properties.qualifier.const)).toMatchInlineSnapshot(`
      [
        "exact",
        "approximately",
        "moreThan",
        "atLeast",
        "upTo",
        "range",
        "few",
        "unknown",
      ]
    `);
  });
});
