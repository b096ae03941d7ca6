import MiniSearch from "minisearch";
import { countryName } from "../model/countries.js";
import type { Dataset } from "../model/dataset.js";
import type { Mission } from "../model/mission.js";
import { clusterOf, getOrganisation, indexOf } from "./lookup.js";
import { normaliseName } from "./normalise.js";

type Doc = { id: string } & Record<(typeof FIELDS)[number], string>;

const FIELDS = [
  "acronym",
  "aliases",
  "name",
  "organisation",
  "area",
  "cluster",
  "description",
] as const;

const engines = new WeakMap<Dataset, MiniSearch<Doc>>();

function both(text: { en: string; nl: string } | undefined): string {
  return text ? `${text.en} ${text.nl}` : "";
}

function toDoc(ds: Dataset, m: Mission): Doc {
  const org = getOrganisation(ds, m.organisation);
  return {
    id: m.id,
    acronym: m.acronym,
    aliases: m.aliases.join(" "),
    name: both(m.name),
    organisation: org ? `${both(org.acronym)} ${both(org.name)}` : "",
    area: [
      ...m.area.value.countries.flatMap((c) => [countryName(c, "en"), countryName(c, "nl")]),
      both(m.area.value.description),
    ].join(" "),
    cluster: both(clusterOf(ds, m.id)?.name),
    description: both(m.description.value),
  };
}

function engine(ds: Dataset): MiniSearch<Doc> {
  let search = engines.get(ds);
  if (search) return search;
  search = new MiniSearch<Doc>({
    fields: [...FIELDS],
    processTerm: (term) => normaliseName(term) || null,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: "AND",
      boost: { acronym: 4, aliases: 3, name: 2 },
    },
  });
  search.addAll(ds.missions.map((m) => toDoc(ds, m)));
  engines.set(ds, search);
  return search;
}

/** Full-text search in English and Dutch, best match first; prefixes match ("unt" → UNTSO). */
export function searchMissions(ds: Dataset, query: string): Mission[] {
  if (query.trim() === "") return [...ds.missions];
  const { missions } = indexOf(ds);
  return engine(ds)
    .search(query)
    .flatMap((hit) => missions.get(String(hit.id)) ?? []);
}
