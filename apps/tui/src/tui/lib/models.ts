import { clusterSummaries, timelineRows } from "@inzet/data/queries";
import { perDataset } from "./cache.js";
import { sourcesModel } from "./sources.js";

// Built once per dataset: none of these depend on the language or on what the user typed.
export const summariesOf = perDataset(clusterSummaries);
export const timelineOf = perDataset(timelineRows);
export const sourcesOf = perDataset(sourcesModel);
