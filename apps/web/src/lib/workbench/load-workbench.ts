import type { Dataset } from "@inzet/data";

// Browser side: the workbench's data, fetched and checked (zod) once, after the page has started.

export const WORKBENCH_DATA_URL = "/data/workbench.json";
export const ASSESSMENT_TEMPLATE_URL = "/data/assessment-template.yaml";

let data: Promise<Dataset> | undefined;

export function loadWorkbench(): Promise<Dataset> {
  data ??= Promise.all([
    import("../parse-dataset"),
    fetch(WORKBENCH_DATA_URL).then((r) => {
      if (!r.ok) throw new Error(`${WORKBENCH_DATA_URL}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    }),
  ]).then(([{ parseDataset }, json]) => parseDataset(json));
  // A failed fetch is not kept: the next change tries again.
  data.catch(() => {
    data = undefined;
  });
  return data;
}
