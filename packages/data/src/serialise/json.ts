import * as z from "zod";
import { Dataset } from "../model/dataset.js";

export const SCHEMA_ID = "urn:inzet:schema:dataset:1";

/** The JSON Schema of the dataset file format (what `loadDataset` accepts, less cross-references). */
export function datasetJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(Dataset, { io: "input", target: "draft-2020-12" }), $id: SCHEMA_ID };
}

/** The dataset as one JSON document: the format `loadDataset` and `inzet validate` read back. */
export function datasetToJson(ds: Dataset, space = 2): string {
  return `${JSON.stringify(ds, null, space)}\n`;
}
