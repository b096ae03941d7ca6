import { type Dataset, loadDataset } from "@inzet/data";
import { syntheticDatasetInput } from "@inzet/data/testing";

/** The shared deterministic fixture, parsed (parsing is the only way to get branded ids). */
export function syntheticDataset(
  missions = 12,
  edit?: (input: Record<string, unknown>) => void,
): Dataset {
  const input = syntheticDatasetInput({ missions, seed: 7 });
  edit?.(input);
  const result = loadDataset(input);
  if (!result.ok)
    throw new Error(`synthetic dataset invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.dataset;
}
