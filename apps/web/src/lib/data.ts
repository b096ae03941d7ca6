import { bundledDataset, type Dataset } from "@inzet/data";
import { env } from "../env";
import { loadOwnDataset } from "./own-dataset";

let own: Dataset | undefined;

// Every read of the dataset goes through here: the package's validated, bundled dataset, or the
// one INZET_DATA names (read and validated once per process).
export function dataset(): Dataset {
  if (env.dataPath === undefined) return bundledDataset();
  own ??= loadOwnDataset(env.dataPath);
  return own;
}
