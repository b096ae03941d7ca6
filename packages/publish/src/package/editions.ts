// The evaluation editions (one a year, each a letter to parliament), the missions each treats,
// and the official count of missions per year. Their citations are in citations, the date of an
// edition's letter (a cited fact) also in facts.
import { type Dataset, MissionCountKind } from "@inzet/data";
import { formatDataPath } from "../path.js";
import { editionFactId } from "./facts.js";
import {
  enumField,
  idField,
  integerField,
  localizedFields,
  partialDateField,
  positionField,
  refField,
  textField,
} from "./fields.js";
import { quantityCells, quantityFields, readQuantity } from "./quantity.js";
import type { FactRegistry } from "./read-missions.js";
import {
  defined,
  foreignKey,
  groupBy,
  localized,
  type Row,
  readLocalized,
  str,
  type TableSpec,
} from "./table.js";

type Item = Record<string, unknown>;

const year = (name: string, description: string, unique = false) =>
  integerField(name, description, {
    required: true,
    ...(unique ? { unique } : {}),
    minimum: 1900,
    maximum: 2100,
  });

/** `editions[id=evaluation-2013].covers[0]`: a coverage's id, also its path in the dataset. */
export const coverageId = (edition: string, position: number): string =>
  formatDataPath(["editions", { id: edition }, "covers", position]);

export const editionsTable: TableSpec = {
  name: "editions",
  title: { en: "Evaluation editions", nl: "Evaluatie-edities" },
  description:
    "The yearly evaluations sent to parliament: the letter, its annex, the letter's date and a note. The date is a cited fact (its citations in citations, its status in facts); the missions each treats beyond its groups are in edition_coverage, its groups in clusters (column edition).",
  fields: [
    idField("id", "The edition's id."),
    year("reporting_year", "The year the evaluation covers (one edition a year).", true),
    ...localizedFields("title", "Title", true),
    refField("letter", "The letter that sends it to parliament (sources.id).", true),
    refField("annex", "The report itself, where the dataset has it as a source (sources.id)."),
    partialDateField("date", "The letter's date, as a source states it."),
    ...localizedFields("note", "A note on the edition"),
  ],
  primaryKey: ["id"],
  foreignKeys: [foreignKey("letter", "sources"), foreignKey("annex", "sources")],
  rows: (ds: Dataset) =>
    ds.editions.map((e) => ({
      id: e.id,
      reporting_year: e.reportingYear,
      ...localized("title", e.title),
      letter: e.letter,
      annex: e.annex ?? null,
      date: e.date?.value ?? null,
      ...localized("note", e.note),
    })),
};

export const editionCoverageTable: TableSpec = {
  name: "edition_coverage",
  title: { en: "Missions each edition treats", nl: "Missies per editie" },
  description:
    "The missions an edition treats beyond those of its groups, in its order, each with the place in it that says so (in citations, column coverage).",
  fields: [
    {
      ...textField("id", "The coverage's id: its path in the dataset.", true),
      constraints: { required: true, unique: true },
    },
    refField("edition", "The edition.", true),
    positionField(),
    refField("mission", "The mission it treats.", true),
  ],
  primaryKey: ["edition", "position"],
  foreignKeys: [foreignKey("edition", "editions"), foreignKey("mission", "missions")],
  rows: (ds: Dataset) =>
    ds.editions.flatMap((e) =>
      e.covers.map((c, position) => ({
        id: coverageId(e.id, position),
        edition: e.id,
        position,
        mission: c.mission,
      })),
    ),
};

export const missionCountsTable: TableSpec = {
  name: "mission_counts",
  title: { en: "Missions per year", nl: "Missies per jaar" },
  description:
    "How many missions the Netherlands took part in during a year, civilian or military, as an official source counts them (qualifier, value; unknown where the source gives N/A), with derived bounds (low, high). Its citation is in citations.",
  fields: [
    idField("id", "The count's id."),
    year("year", "The year counted."),
    enumField(
      "kind",
      MissionCountKind.options,
      "civilian (police, justice, civilian CSDP) or military missions.",
      true,
    ),
    ...quantityFields("The number of missions", "count"),
    ...localizedFields("note", "A note on the count"),
  ],
  primaryKey: ["id"],
  rows: (ds: Dataset) =>
    ds.missionCounts.map((c) => ({
      id: c.id,
      year: c.year,
      kind: c.kind,
      ...quantityCells(c.count),
      ...localized("note", c.note),
    })),
};

/**
 * Editions (as plain input), with their date facts registered in `facts` (to be given their
 * status and citations) and their coverage by id (to be given its citation).
 */
export function readEditions(
  rows: readonly Row[],
  coverage: readonly Row[],
  facts: FactRegistry,
): { editions: Item[]; covers: Map<string, Item> } {
  const coversOf = groupBy(coverage, "edition");
  const covers = new Map<string, Item>();
  const editions = rows.map((r) => {
    const id = String(r.id);
    let date: Item | undefined;
    if (r.date !== null) {
      date = { value: str(r, "date"), citations: [] };
      facts.set(editionFactId(id, ["date"]), date);
    }
    return defined({
      id,
      reportingYear: r.reporting_year,
      title: readLocalized(r, "title"),
      letter: str(r, "letter"),
      annex: str(r, "annex"),
      date,
      covers: (coversOf.get(id) ?? []).map((c) => {
        const cover: Item = { mission: str(c, "mission") };
        covers.set(String(c.id), cover);
        return cover;
      }),
      note: readLocalized(r, "note"),
    });
  });
  return { editions, covers };
}

export function readMissionCounts(rows: readonly Row[]): Item[] {
  return rows.map((r) =>
    defined({
      id: str(r, "id"),
      year: r.year,
      kind: str(r, "kind"),
      count: readQuantity(r),
      note: readLocalized(r, "note"),
    }),
  );
}
