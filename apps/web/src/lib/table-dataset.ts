import type { Dataset } from "@inzet/data";
import { getSource, sourceChain } from "@inzet/data/queries";
import { yearFigureOf } from "./evaluation";

/**
 * The data behind the missions table's JSON download and its search (served as
 * /data/missions.json): every mission in full, the figure for the dataset's year of each mission
 * its evaluation treats (yearFigureOf: none for the others, as the table shows), and only the
 * sources those figures cite. missionsToCsv gives the same CSV on it as on the whole dataset for
 * the evaluation's missions, and the search finds the same missions in it (tested).
 */
export function tableDataset(ds: Dataset): Dataset {
  const figures = ds.missions.flatMap((m) => yearFigureOf(ds, m.id) ?? []);
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
