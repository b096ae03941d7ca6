import { type Dataset, type Fact, FactStatus, formatPath, missionFacts } from "@inzet/data";
import { formatDataPath } from "../path.js";
import { booleanField, enumField, localizedFields, refField, textField } from "./fields.js";
import { foreignKey, localized, type Row, type TableSpec } from "./table.js";

/** `missions[id=untso].legalBasis[0]`: a fact's id, also its path in the dataset. */
export const factId = (mission: string, path: readonly (string | number)[]): string =>
  formatDataPath(["missions", { id: mission }, ...path]);

/** `editions[id=evaluation-2013].date`: the id of an edition's fact. */
export const editionFactId = (edition: string, path: readonly (string | number)[]): string =>
  formatDataPath(["editions", { id: edition }, ...path]);

/** Every cited fact outside the missions: an edition's date. */
export function* editionFacts(ds: Dataset): Generator<{
  edition: string;
  path: (string | number)[];
  fact: Fact<unknown>;
}> {
  for (const e of ds.editions) if (e.date) yield { edition: e.id, path: ["date"], fact: e.date };
}

type Owner = { mission: string | null; edition: string | null };

const factRow = (id: string, owner: Owner, path: string, fact: Fact<unknown>): Row => ({
  id,
  mission: owner.mission,
  edition: owner.edition,
  path,
  unverified: fact.unverified ?? null,
  status: fact.status ?? null,
  ...localized("note", fact.note),
});

export const factsTable: TableSpec = {
  name: "facts",
  title: { en: "Facts", nl: "Feiten" },
  description:
    "Every cited fact about a mission or an edition (its date), by its path: whether it is unverified or only planned, and a note. Exactly one of mission and edition is set. Its citations are in citations (column fact).",
  fields: [
    {
      ...textField("id", "The fact's id: its path in the dataset.", true),
      constraints: { required: true, unique: true },
    },
    refField("mission", "The mission (or an edition)."),
    refField("edition", "The edition (or a mission)."),
    textField(
      "path",
      "Where in the mission or edition: start, legalBasis[0], netherlands.roles[1], date, ….",
      true,
    ),
    booleanField(
      "unverified",
      "True: general knowledge no source confirmed (shown, but labelled).",
    ),
    enumField("status", FactStatus.options, "planned: only announced; actual: confirmed."),
    ...localizedFields("note", "A note on the fact"),
  ],
  primaryKey: ["id"],
  foreignKeys: [foreignKey("mission", "missions"), foreignKey("edition", "editions")],
  rows: (ds: Dataset) => [
    ...ds.missions.flatMap((m) =>
      missionFacts(m).map(({ path, fact }) =>
        factRow(factId(m.id, path), { mission: m.id, edition: null }, formatPath(path), fact),
      ),
    ),
    ...[...editionFacts(ds)].map(({ edition, path, fact }) =>
      factRow(editionFactId(edition, path), { mission: null, edition }, formatPath(path), fact),
    ),
  ],
};
