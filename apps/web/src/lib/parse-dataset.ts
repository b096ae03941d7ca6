import "./zod-jitless";
import { Dataset } from "@inzet/data";

/** Loaded with import() by the browser when a search or a download first needs the data. */
export function parseDataset(json: unknown): Dataset {
  return Dataset.parse(json);
}
