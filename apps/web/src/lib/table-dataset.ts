import { type Dataset, type Fact, figureForYear, getSource, type Mission } from "@inzet/data";

/**
 * The data behind the missions table's JSON download (served as /data/missions.json): every
 * mission in full, only the figure for the dataset's year per mission, and only the sources
 * those figures cite. missionsToCsv gives the same CSV on it as on the whole dataset (tested).
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

const bare = <T>(f: Fact<T>): Fact<T> => ({ value: f.value, citations: [] });

/** A mission with only what search and the filters read; its sources stay on the server. */
function searchable(m: Mission): Mission {
  return {
    id: m.id,
    acronym: m.acronym,
    aliases: m.aliases,
    name: m.name,
    organisation: m.organisation,
    kind: bare(m.kind),
    types: bare(m.types),
    legalBasis: [],
    area: bare(m.area),
    headquarters: [],
    description: bare(m.description),
    netherlands: { roles: [], notes: [] },
    citations: [],
  };
}

/**
 * What the browser gets for listMissions (search and filters): the missions stripped to the
 * fields those read, the groups and the organisations. It lists the same missions, in the same
 * order, as the whole dataset (tested), at a fraction of the size.
 */
export function searchDataset(ds: Dataset): Dataset {
  return {
    ...ds,
    missions: ds.missions.map(searchable),
    sources: [],
    figures: [],
    considerations: [],
    statements: [],
  };
}
