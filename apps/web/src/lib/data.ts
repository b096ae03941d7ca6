import { bundledDataset, type Dataset } from "@inzet/data";

// Every read of the dataset goes through here: the package's validated, bundled 2014 dataset.
export function dataset(): Dataset {
  return bundledDataset();
}
