import { DATASET_JSON } from "./generated/dataset-json.js";
import type { Dataset } from "./model/dataset.js";

let cached: Dataset | undefined;

/**
 * The cited 2014 dataset shipped with the package.
 *
 * scripts/generate.ts writes DATASET_JSON only after the data files pass every schema and
 * cross-reference rule, and validation keeps its input unchanged, so the parsed text already is a
 * valid Dataset. It is not validated again here: that would load zod and cost tens of
 * milliseconds at every start of a program. bundled.test.ts proves the claim on every test run.
 */
export function bundledDataset(): Dataset {
  cached ??= JSON.parse(DATASET_JSON) as Dataset;
  return cached;
}
