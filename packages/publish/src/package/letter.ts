// The tables of what the letter itself says and who leads the missions: organisations, each
// edition's groups and their missions, the letter's considerations and statements.
import {
  ClusterRelation,
  ConsiderationEmphasis,
  type Dataset,
  OrganisationKind,
  StatementKind,
} from "@inzet/data";
import {
  enumField,
  idField,
  integerField,
  localizedFields,
  positionField,
  refField,
} from "./fields.js";
import {
  foreignKey,
  groupBy,
  localized,
  type Row,
  readLocalized,
  str,
  type TableSpec,
} from "./table.js";

const order = integerField("order", "Order in the letter, from 1.", { required: true, minimum: 1 });

export const organisationsTable: TableSpec = {
  name: "organisations",
  title: { en: "Organisations", nl: "Organisaties" },
  description: "Who leads a mission: the UN, EU, NATO, OSCE, a state, a coalition.",
  fields: [
    idField("id", "The organisation's id."),
    ...localizedFields("acronym", "Acronym", true),
    ...localizedFields("name", "Name", true),
    enumField("kind", OrganisationKind.options, "What kind of organisation.", true),
  ],
  primaryKey: ["id"],
  rows: (ds) =>
    ds.organisations.map((o) => ({
      id: o.id,
      ...localized("acronym", o.acronym),
      ...localized("name", o.name),
      kind: o.kind,
    })),
};

export const clustersTable: TableSpec = {
  name: "clusters",
  title: { en: "Groups", nl: "Groepen" },
  description:
    "Each edition's groups of small contributions (its citation is in citations); the 2014 letter's three and its addition among them.",
  fields: [
    idField("id", "The group's id."),
    refField("edition", "The edition whose grouping it is.", true),
    {
      ...order,
      description: "Order in the edition's letter, from 1 (each edition numbers its own groups).",
    },
    enumField("relation", ClusterRelation.options, "A group, or an addition to them.", true),
    ...localizedFields("name", "Name", true),
    ...localizedFields("purpose", "The aim the letter gives the group", true),
  ],
  primaryKey: ["id"],
  foreignKeys: [foreignKey("edition", "editions")],
  rows: (ds) =>
    ds.clusters.map((c) => ({
      id: c.id,
      edition: c.edition,
      order: c.order,
      relation: c.relation,
      ...localized("name", c.name),
      ...localized("purpose", c.purpose),
    })),
};

export const clusterMissionsTable: TableSpec = {
  name: "cluster_missions",
  title: { en: "Missions of each group", nl: "Missies per groep" },
  description:
    "Which missions each edition puts in each of its groups, in its order. A mission is in one group of an edition at most (the key: edition and mission), and may be in none; edition repeats the group's.",
  fields: [
    refField("cluster", "The group.", true),
    refField("edition", "The group's edition (clusters.edition).", true),
    positionField(),
    refField("mission", "The mission (in one group of the edition at most).", true),
  ],
  primaryKey: ["edition", "mission"],
  foreignKeys: [
    {
      fields: ["cluster", "edition"],
      reference: { resource: "clusters", fields: ["id", "edition"] },
    },
    foreignKey("mission", "missions"),
  ],
  rows: (ds: Dataset) =>
    ds.clusters.flatMap((c) =>
      c.missions.map((mission, position) => ({
        cluster: c.id,
        edition: c.edition,
        position,
        mission,
      })),
    ),
};

export const considerationsTable: TableSpec = {
  name: "considerations",
  title: { en: "Considerations", nl: "Afwegingen" },
  description: "The aspects the cabinet will weigh, in two tiers of emphasis.",
  fields: [
    idField("id", "The consideration's id."),
    order,
    ...localizedFields("name", "Name", true),
    ...localizedFields("description", "What it means", true),
    enumField(
      "emphasis",
      ConsiderationEmphasis.options,
      "How explicitly it will be weighed.",
      true,
    ),
  ],
  primaryKey: ["id"],
  rows: (ds) =>
    ds.considerations.map((c) => ({
      id: c.id,
      order: c.order,
      ...localized("name", c.name),
      ...localized("description", c.description),
      emphasis: c.emphasis,
    })),
};

export const statementsTable: TableSpec = {
  name: "statements",
  title: { en: "Statements", nl: "Uitspraken" },
  description: "The letter's other statements: context, principles, motives, benefits.",
  fields: [
    idField("id", "The statement's id."),
    enumField("kind", StatementKind.options, "What kind of statement.", true),
    order,
    ...localizedFields("text", "The statement", true),
  ],
  primaryKey: ["id"],
  rows: (ds) =>
    ds.statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      order: s.order,
      ...localized("text", s.text),
    })),
};

export function readOrganisations(rows: Row[]): Record<string, unknown>[] {
  return rows.map((r) => ({
    id: str(r, "id"),
    acronym: readLocalized(r, "acronym"),
    name: readLocalized(r, "name"),
    kind: str(r, "kind"),
  }));
}

export function readClusters(rows: Row[], members: Row[]): Record<string, unknown>[] {
  const missionsOf = groupBy(members, "cluster");
  return rows.map((r) => ({
    id: str(r, "id"),
    edition: str(r, "edition"),
    order: r.order,
    relation: str(r, "relation"),
    name: readLocalized(r, "name"),
    purpose: readLocalized(r, "purpose"),
    missions: (missionsOf.get(String(r.id)) ?? []).map((m) => str(m, "mission")),
  }));
}

export function readConsiderations(rows: Row[]): Record<string, unknown>[] {
  return rows.map((r) => ({
    id: str(r, "id"),
    order: r.order,
    name: readLocalized(r, "name"),
    description: readLocalized(r, "description"),
    emphasis: str(r, "emphasis"),
  }));
}

export function readStatements(rows: Row[]): Record<string, unknown>[] {
  return rows.map((r) => ({
    id: str(r, "id"),
    kind: str(r, "kind"),
    order: r.order,
    text: readLocalized(r, "text"),
  }));
}
