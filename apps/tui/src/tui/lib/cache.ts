import type { Dataset } from "@inzet/data";

/** `compute(ds)` once per dataset object (datasets are immutable values). */
export function perDataset<T>(compute: (ds: Dataset) => T): (ds: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (ds) => {
    let value = cache.get(ds);
    if (value === undefined) {
      value = compute(ds);
      cache.set(ds, value);
    }
    return value;
  };
}
