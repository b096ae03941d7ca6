import type { MissionFilter, MissionType } from "@inzet/data";

// The missions table's view as URL parameters, named like the CLI's options (inzet list --org eu).
export const SORT_KEYS = [
  "acronym",
  "name",
  "organisation",
  "type",
  "cluster",
  "area",
  "since",
  "dutchSince",
  "figure",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export type MissionQuery = {
  search: string;
  cluster: string | undefined;
  org: string | undefined;
  type: MissionType | undefined;
  country: string | undefined;
  /** undefined: the letter's order, or best match first while searching. */
  sort: SortKey | undefined;
  dir: SortDir;
};

/** The values a parameter may take; anything else in a URL is dropped, not trusted. */
export type QueryVocabulary = {
  clusters: readonly string[];
  organisations: readonly string[];
  types: readonly MissionType[];
  countries: readonly string[];
};

type Choices<T extends string = string> = readonly { value: T }[];

/** The vocabulary of the table's filter choices (missionsOptions). */
export function vocabularyOf(options: {
  clusters: Choices;
  orgs: Choices;
  types: Choices<MissionType>;
  countries: Choices;
}): QueryVocabulary {
  return {
    clusters: options.clusters.map((o) => o.value),
    organisations: options.orgs.map((o) => o.value),
    types: options.types.map((o) => o.value),
    countries: options.countries.map((o) => o.value),
  };
}

export const EMPTY_QUERY: MissionQuery = {
  search: "",
  cluster: undefined,
  org: undefined,
  type: undefined,
  country: undefined,
  sort: undefined,
  dir: "asc",
};

export const MAX_SEARCH = 200;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value === null ? undefined : allowed.find((a) => a === value);
}

export function parseMissionQuery(
  search: string | URLSearchParams,
  vocab: QueryVocabulary,
): MissionQuery {
  const p = typeof search === "string" ? new URLSearchParams(search) : search;
  const country = p.get("country")?.toUpperCase() ?? null;
  return {
    search: (p.get("search") ?? "").slice(0, MAX_SEARCH),
    cluster: oneOf(p.get("cluster"), vocab.clusters),
    org: oneOf(p.get("org"), vocab.organisations),
    type: oneOf(p.get("type"), vocab.types),
    country: oneOf(country, vocab.countries),
    sort: oneOf(p.get("sort"), SORT_KEYS),
    dir: p.get("dir") === "desc" ? "desc" : "asc",
  };
}

/** "?search=…&cluster=…" in a fixed order with defaults left out, or "" for the plain view. */
export function serialiseMissionQuery(q: MissionQuery): string {
  const p = new URLSearchParams();
  if (q.search.trim()) p.set("search", q.search);
  if (q.cluster) p.set("cluster", q.cluster);
  if (q.org) p.set("org", q.org);
  if (q.type) p.set("type", q.type);
  if (q.country) p.set("country", q.country);
  if (q.sort) {
    p.set("sort", q.sort);
    if (q.dir === "desc") p.set("dir", "desc");
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function toMissionFilter(q: MissionQuery): MissionFilter {
  return {
    search: q.search.trim() || undefined,
    cluster: q.cluster,
    organisation: q.org,
    type: q.type,
    country: q.country,
  };
}

export function isFiltered(q: MissionQuery): boolean {
  return Boolean(q.search.trim() || q.cluster || q.org || q.type || q.country);
}
