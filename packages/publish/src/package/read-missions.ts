// Missions back from their tables: each fact is made where its value is, registered under its
// id, and then given its note, status and citations from the facts and citations tables.
import { readCitation } from "./citations.js";
import { factId } from "./facts.js";
import { defined, groupBy, type Row, readLocalized, str, type Tables } from "./table.js";

type Item = Record<string, unknown>;
export type FactRegistry = Map<string, Item>;

function missionFromRows(row: Row, parts: Map<string, Map<string, Row[]>>, facts: FactRegistry) {
  const id = String(row.id);
  const rowsOf = (table: string) => parts.get(table)?.get(id) ?? [];
  const fact = (path: (string | number)[], value: unknown): Item => {
    const f: Item = { value, citations: [] };
    facts.set(factId(id, path), f);
    return f;
  };
  const dateFact = (path: (string | number)[], cell: Cell | undefined) =>
    cell === null || cell === undefined ? undefined : fact(path, String(cell));
  const related = (name: "predecessor" | "successor") =>
    row[`${name}_name`] === null
      ? undefined
      : fact(
          [name],
          defined({
            name: str(row, `${name}_name`),
            mission: str(row, `${name}_mission`),
            date: str(row, `${name}_date`),
          }),
        );
  const texts = (table: string, path: (string | number)[]) =>
    rowsOf(table).map((r, i) => fact([...path, i], readLocalized(r, "text")));
  const dutch = rowsOf("contributions")[0];
  return defined({
    id,
    acronym: str(row, "acronym"),
    aliases: rowsOf("mission_aliases").map((r) => str(r, "alias")),
    name: readLocalized(row, "name"),
    organisation: str(row, "organisation"),
    kind: fact(["kind"], str(row, "kind")),
    types: fact(
      ["types"],
      rowsOf("mission_types").map((r) => str(r, "type")),
    ),
    legalBasis: texts("legal_bases", ["legalBasis"]),
    start: dateFact(["start"], row.start),
    end: dateFact(["end"], row.end),
    runningAsOf: dateFact(["runningAsOf"], row.running_as_of),
    predecessor: related("predecessor"),
    successor: related("successor"),
    area: fact(
      ["area"],
      defined({
        countries: rowsOf("mission_countries").map((r) => str(r, "country")),
        description: readLocalized(row, "area_description"),
      }),
    ),
    headquarters: rowsOf("headquarters").map((r, i) => {
      const at = ["headquarters", i, "value", "coordinates"];
      const coordinates = r.lat === null ? undefined : fact(at, { lat: r.lat, lon: r.lon });
      return fact(["headquarters", i], defined({ name: readLocalized(r, "name"), coordinates }));
    }),
    description: fact(["description"], readLocalized(row, "description")),
    netherlands: defined({
      start: dateFact(["netherlands", "start"], dutch?.start ?? null),
      end: dateFact(["netherlands", "end"], dutch?.end ?? null),
      runningAsOf: dateFact(["netherlands", "runningAsOf"], dutch?.running_as_of ?? null),
      roles: texts("contribution_roles", ["netherlands", "roles"]),
      notes: texts("contribution_notes", ["netherlands", "notes"]),
    }),
    citations: [] as unknown[],
  });
}

type Cell = Row[string];

const PARTS = [
  "mission_aliases",
  "mission_types",
  "mission_countries",
  "legal_bases",
  "headquarters",
  "contributions",
  "contribution_roles",
  "contribution_notes",
] as const;

/** Missions (as plain input), their facts registered by id in `facts`. */
export function readMissions(tables: Tables, facts: FactRegistry): Item[] {
  const parts = new Map(PARTS.map((t) => [t, groupBy(tables[t] ?? [], "mission")]));
  return (tables.missions ?? []).map((row) => missionFromRows(row, parts, facts));
}

/** Gives every registered fact (of a mission or an edition) its status, note and verification. */
export function annotateFacts(rows: readonly Row[], facts: FactRegistry): void {
  for (const r of rows) {
    const f = facts.get(String(r.id));
    if (!f) continue; // a fact whose value is gone: nothing to annotate (the diff shows it)
    if (r.unverified !== null) f.unverified = r.unverified;
    if (r.status !== null) f.status = r.status;
    const note = readLocalized(r, "note");
    if (note) f.note = note;
  }
}

/** Gives every owner its citations, in `position` order. */
export function attachCitations(
  rows: readonly Row[],
  owners: {
    facts: FactRegistry;
    /** An edition's coverage by its id (edition_coverage.id). */
    covers: Map<string, Item>;
    byTable: Record<string, Map<string, Item>>;
  },
): void {
  const sorted = [...rows].sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0));
  for (const r of sorted) {
    const citation = readCitation(r);
    if (r.fact !== null) {
      const f = owners.facts.get(String(r.fact));
      (f?.citations as unknown[] | undefined)?.push(citation);
      continue;
    }
    if (r.coverage !== null) {
      const cover = owners.covers.get(String(r.coverage));
      if (cover) cover.citation = citation;
      continue;
    }
    if (r.mission !== null) {
      const m = owners.byTable.missions?.get(String(r.mission));
      (m?.citations as unknown[] | undefined)?.push(citation);
      continue;
    }
    for (const [column, table] of SINGLE) {
      const owner = r[column] === null ? undefined : owners.byTable[table]?.get(String(r[column]));
      if (owner) owner.citation = citation;
    }
  }
}

const SINGLE = [
  ["figure", "figures"],
  ["cluster", "clusters"],
  ["consideration", "considerations"],
  ["statement", "statements"],
  ["mission_count", "missionCounts"],
] as const;
