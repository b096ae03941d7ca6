import type { Dataset } from "@inzet/data";
import { getMission } from "@inzet/data/queries";
import {
  type CitationFormat,
  type CslItem,
  cslCluster,
  cslDataset,
  cslMission,
  cslSource,
  formatCitations,
  siteLinks,
} from "@inzet/publish";
import { usageError } from "../errors.js";
import { inertJson, inertLines } from "../output/inert.js";
import type { View } from "../output/view.js";
import { suggestMissions } from "./resolve-mission.js";
import { suggestNames } from "./suggest-names.js";

export type CiteOptions = { format: CitationFormat; siteUrl?: string };

/** What `key` names: `dataset`, a source or group by id, or a mission by id, acronym or alias. */
export function citeItem(ds: Dataset, key: string, view: View, siteUrl?: string): CslItem {
  const options = { lang: view.lang, ...(siteUrl ? { links: siteLinks(siteUrl) } : {}) };
  if (key === "dataset") return cslDataset(ds, options);
  const source = ds.sources.find((s) => s.id === key);
  if (source) return cslSource(ds, source, options);
  const cluster = ds.clusters.find((c) => c.id === key);
  if (cluster) return cslCluster(ds, cluster, options);
  const mission = getMission(ds, key);
  if (mission) return cslMission(ds, mission, options);
  const near = [
    ...suggestNames(
      key,
      ds.sources.map((s) => s.id),
    ),
    ...suggestMissions(ds, key).map((m) => m.acronym),
  ].slice(0, 4);
  const lines = [view.t("error.unknownCiteTarget", { key })];
  if (near.length > 0) lines.push(view.t("error.didYouMean", { names: near.join(", ") }));
  lines.push(view.t("error.seeSources"));
  throw usageError(lines.join("\n"));
}

/** The citation of `key` in a reference manager's format, made safe for a terminal. */
export function citeText(ds: Dataset, key: string, view: View, options: CiteOptions): string {
  const text = formatCitations([citeItem(ds, key, view, options.siteUrl)], options.format);
  return options.format === "csl" ? inertJson(text) : inertLines(text);
}
