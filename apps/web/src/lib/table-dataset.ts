import type { Dataset } from "@inzet/data";
import { figureForYear, getSource, sourceChain } from "@inzet/data/queries";

/**
 * The data behind the missions table's JSON download and its search (served as
 * /data/missions.json): every mission in full, only the figure for the dataset's year per
 * mission, and only the sources those figures cite. missionsToCsv gives the same CSV on it as
 * on the whole dataset, and the search finds the same missions in it (tested).
 */
export function tableDataset(ds: Dataset): Dataset {
  const figures = ds.missions.flatMap(
    (m) => figureForYear(ds, { mission: m.id }, ds.meta.year) ?? [],
  );
  // Every source a figure cites, with the documents it is part of, and the primary source's.
  const cited = new Set<string>();
  for (const id of [ds.meta.primarySource, ...figures.map((f) => f.citation.source)]) {
    const source = getSource(ds, id);
    for (const s of source ? sourceChain(ds, source) : []) cited.add(s.id);
  }
  return {
    ...ds,
    sources: ds.sources.filter((s) => cited.has(s.id)),
    figures,
    considerations: [],
    statements: [],
  };
}
