import { DATASET_JSON } from "./generated/dataset-json.js";
import type { Dataset } from "./model/dataset.js";
import { loadDataset } from "./validate/load.js";

let cached: Dataset | undefined;

/**
 * The cited 2014 dataset shipped with the package. It was validated at build time; it is parsed
 * again on first use because parsing is the only way to mint its branded ids.
 */
export function bundledDataset(): Dataset {
  if (cached) return cached;
  const result = loadDataset(JSON.parse(DATASET_JSON));
  if (!result.ok)
    throw new Error(
      `The bundled dataset is invalid: ${result.issues.length} issue(s). Rebuild @inzet/data.`,
    );
  cached = result.dataset;
  return cached;
}
