import { type Dataset, figureForYear, getSource } from "@inzet/data";

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
  const cited = new Set<string>([ds.meta.primarySource]);
  for (const f of figures) {
    for (let s = getSource(ds, f.citation.source); s && !cited.has(s.id); ) {
      cited.add(s.id);
      s = s.partOf ? getSource(ds, s.partOf) : undefined;
    }
  }
  // A parent of the primary source is named in its citations too.
  for (let s = getSource(ds, ds.meta.primarySource)?.partOf; s; ) {
    cited.add(s);
    s = getSource(ds, s)?.partOf;
  }
  return {
    ...ds,
    sources: ds.sources.filter((s) => cited.has(s.id)),
    figures,
    considerations: [],
    statements: [],
  };
}
