// Lists of cited facts inside a mission, one row per fact: legal bases, headquarters and the Dutch
// contribution (its dates, roles and notes).
import type { Dataset, Fact, LocalizedText, Mission } from "@inzet/data";
import {
  localizedFields,
  numberField,
  partialDateField,
  positionField,
  refField,
} from "./fields.js";
import { foreignKey, localized, type Row, type TableSpec } from "./table.js";

const missionRef = refField("mission", "The mission.", true);

function textList(
  name: string,
  title: LocalizedText,
  description: string,
  list: (m: Mission) => readonly Fact<LocalizedText>[],
): TableSpec {
  return {
    name,
    title,
    description,
    fields: [missionRef, positionField(), ...localizedFields("text", "The text", true)],
    primaryKey: ["mission", "position"],
    foreignKeys: [foreignKey("mission", "missions")],
    rows: (ds: Dataset) =>
      ds.missions.flatMap((m) =>
        list(m).map((f, position) => ({ mission: m.id, position, ...localized("text", f.value) })),
      ),
  };
}

export const legalBasesTable = textList(
  "legal_bases",
  { en: "Legal bases", nl: "Rechtsgronden" },
  "What each mission rests on legally (a resolution, a Council decision); each a cited fact.",
  (m) => m.legalBasis,
);

export const contributionRolesTable = textList(
  "contribution_roles",
  { en: "Dutch roles", nl: "Nederlandse taken" },
  "What the Dutch contributed to each mission; each a cited fact.",
  (m) => m.netherlands.roles,
);

export const contributionNotesTable = textList(
  "contribution_notes",
  { en: "Notes on the Dutch part", nl: "Toelichtingen op de Nederlandse deelname" },
  "Notes on the Dutch contribution; each a cited fact.",
  (m) => m.netherlands.notes,
);

export const headquartersTable: TableSpec = {
  name: "headquarters",
  title: { en: "Headquarters", nl: "Hoofdkwartieren" },
  description:
    "Where each mission is based; each a cited fact, its coordinates a fact of their own (WGS 84).",
  fields: [
    missionRef,
    positionField(),
    ...localizedFields("name", "The place", true),
    numberField("lat", "Latitude in degrees.", { minimum: -90, maximum: 90 }),
    numberField("lon", "Longitude in degrees.", { minimum: -180, maximum: 180 }),
  ],
  primaryKey: ["mission", "position"],
  foreignKeys: [foreignKey("mission", "missions")],
  rows: (ds) =>
    ds.missions.flatMap((m) =>
      m.headquarters.map(
        (f, position): Row => ({
          mission: m.id,
          position,
          ...localized("name", f.value.name),
          lat: f.value.coordinates?.value.lat ?? null,
          lon: f.value.coordinates?.value.lon ?? null,
        }),
      ),
    ),
};

export const contributionsTable: TableSpec = {
  name: "contributions",
  title: { en: "Dutch contributions", nl: "Nederlandse bijdragen" },
  description:
    "The Dutch part in each mission: when it began and ended. Personnel figures are in figures; roles and notes in contribution_roles and contribution_notes.",
  fields: [
    { ...missionRef, constraints: { required: true, unique: true } },
    partialDateField("start", "When the Dutch part began."),
    partialDateField("end", "When the Dutch part ended."),
    partialDateField("running_as_of", "A source says the Dutch part was still going on this date."),
  ],
  primaryKey: ["mission"],
  foreignKeys: [foreignKey("mission", "missions")],
  rows: (ds) =>
    ds.missions.map((m) => ({
      mission: m.id,
      start: m.netherlands.start?.value ?? null,
      end: m.netherlands.end?.value ?? null,
      running_as_of: m.netherlands.runningAsOf?.value ?? null,
    })),
};
