import { type Dataset, type Fact, type LocalizedText, MissionKind, MissionType } from "@inzet/data";
import {
  enumField,
  idField,
  localizedFields,
  partialDateField,
  positionField,
  refField,
  textField,
} from "./fields.js";
import { foreignKey, localized, type Row, type TableSpec } from "./table.js";

const valueIn = <T>(f: Fact<T> | undefined): T | undefined => f?.value;

function related(name: "predecessor" | "successor", f: Dataset["missions"][number][typeof name]) {
  return {
    [`${name}_name`]: f?.value.name ?? null,
    [`${name}_mission`]: f?.value.mission ?? null,
    [`${name}_date`]: f?.value.date ?? null,
  };
}

const relatedFields = (name: string, what: string) => [
  textField(`${name}_name`, `The ${what}'s name.`),
  refField(`${name}_mission`, `The ${what}, where it is in the dataset.`),
  partialDateField(`${name}_date`, `When the ${what} ended or began.`),
];

export const missionsTable: TableSpec = {
  name: "missions",
  title: { en: "Missions", nl: "Missies" },
  description:
    "One row per mission. Each value is a cited fact: its citations are in citations, and whether it is unverified or planned in facts.",
  fields: [
    idField("id", "The mission's id."),
    textField("acronym", "Acronym.", true),
    ...localizedFields("name", "Full name", true),
    refField("organisation", "Who leads it.", true),
    enumField("kind", MissionKind.options, "What kind of mission.", true),
    partialDateField("start", "When it began."),
    partialDateField("end", "When it ended."),
    partialDateField("running_as_of", "A source says it was still going on this date."),
    ...relatedFields("predecessor", "predecessor"),
    ...relatedFields("successor", "successor"),
    ...localizedFields("area_description", "Where it operates, in words"),
    ...localizedFields("description", "What it does", true),
  ],
  primaryKey: ["id"],
  foreignKeys: [
    foreignKey("organisation", "organisations"),
    foreignKey("predecessor_mission", "missions"),
    foreignKey("successor_mission", "missions"),
  ],
  rows: (ds) =>
    ds.missions.map((m) => ({
      id: m.id,
      acronym: m.acronym,
      ...localized("name", m.name),
      organisation: m.organisation,
      kind: m.kind.value,
      start: valueIn(m.start) ?? null,
      end: valueIn(m.end) ?? null,
      running_as_of: valueIn(m.runningAsOf) ?? null,
      ...related("predecessor", m.predecessor),
      ...related("successor", m.successor),
      ...localized("area_description", m.area.value.description),
      ...localized("description", m.description.value),
    })),
};

/** A table of one list of strings per mission, in order. */
function missionList(
  name: string,
  title: LocalizedText,
  description: string,
  value: ReturnType<typeof textField>,
  list: (m: Dataset["missions"][number]) => readonly string[],
): TableSpec {
  return {
    name,
    title,
    description,
    fields: [refField("mission", "The mission.", true), positionField(), value],
    primaryKey: ["mission", "position"],
    foreignKeys: [foreignKey("mission", "missions")],
    rows: (ds) =>
      ds.missions.flatMap((m) =>
        list(m).map((v, position): Row => ({ mission: m.id, position, [value.name]: v })),
      ),
  };
}

export const missionAliasesTable = missionList(
  "mission_aliases",
  { en: "Other names", nl: "Andere namen" },
  'Other names a mission goes by (the letter\'s "EUMAM CAR" for EUMAM RCA).',
  textField("alias", "The other name.", true),
  (m) => m.aliases,
);

export const missionTypesTable = missionList(
  "mission_types",
  { en: "Mission types", nl: "Soorten missie" },
  "What a mission does; one fact per mission (path types in facts).",
  enumField("type", MissionType.options, "The type.", true),
  (m) => m.types.value,
);

export const missionCountriesTable = missionList(
  "mission_countries",
  { en: "Countries", nl: "Landen" },
  "Where a mission operates; part of the fact area.",
  {
    ...textField("country", "ISO 3166-1 alpha-2 code (XK: Kosovo).", true),
    constraints: { required: true, pattern: "[A-Z]{2}" },
  },
  (m) => m.area.value.countries,
);
