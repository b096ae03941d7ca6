export const DATASET_JSON: string = "{}";
