import { type Dataset, FactStatus, formatPath, missionFacts } from "@inzet/data";
import { formatDataPath } from "../path.js";
import { booleanField, enumField, localizedFields, refField, textField } from "./fields.js";
import { foreignKey, localized, type TableSpec } from "./table.js";

/** `missions[id=untso].legalBasis[0]`: a fact's id, also its path in the dataset. */
export const factId = (mission: string, path: readonly (string | number)[]): string =>
  formatDataPath(["missions", { id: mission }, ...path]);

export const factsTable: TableSpec = {
  name: "facts",
  title: { en: "Facts", nl: "Feiten" },
  description:
    "Every cited fact about a mission, by its path: whether it is unverified or only planned, and a note. Its citations are in citations (column fact).",
  fields: [
    {
      ...textField("id", "The fact's id: its path in the dataset.", true),
      constraints: { required: true, unique: true },
    },
    refField("mission", "The mission.", true),
    textField("path", "Where in the mission: start, legalBasis[0], netherlands.roles[1], ….", true),
    booleanField(
      "unverified",
      "True: general knowledge no source confirmed (shown, but labelled).",
    ),
    enumField("status", FactStatus.options, "planned: only announced; actual: confirmed."),
    ...localizedFields("note", "A note on the fact"),
  ],
  primaryKey: ["id"],
  foreignKeys: [foreignKey("mission", "missions")],
  rows: (ds: Dataset) =>
    ds.missions.flatMap((m) =>
      missionFacts(m).map(({ path, fact }) => ({
        id: factId(m.id, path),
        mission: m.id,
        path: formatPath(path),
        unverified: fact.unverified ?? null,
        status: fact.status ?? null,
        ...localized("note", fact.note),
      })),
    ),
};
