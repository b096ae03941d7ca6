import { describe, expect, it } from "vitest";
import { bundledDataset } from "./bundled.js";
import { DATASET_JSON } from "./generated/dataset-json.js";
import { loadDataset } from "./validate/load.js";

describe("bundledDataset", () => {
  it("is exactly what full validation of the shipped text returns", () => {
    const result = loadDataset(JSON.parse(DATASET_JSON));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.dataset).toEqual(bundledDataset());
  });

  it("parses once and hands out the same object", () => {
    expect(bundledDataset()).toBe(bundledDataset());
  });
});
