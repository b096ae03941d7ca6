import { FactStatus, type PersonnelFigure, PersonnelScope } from "@inzet/data";
import {
  booleanField,
  enumField,
  idField,
  integerField,
  localizedFields,
  partialDateField,
  refField,
} from "./fields.js";
import { quantityCells, quantityFields, readQuantity } from "./quantity.js";
import {
  defined,
  foreignKey,
  localized,
  type Row,
  readLocalized,
  str,
  type TableSpec,
} from "./table.js";

export const figuresTable: TableSpec = {
  name: "figures",
  title: { en: "Personnel figures", nl: "Personeelsaantallen" },
  description:
    "Dutch personnel in a mission or a group, as the source words it (qualifier, value), with derived bounds (low, high). Its citation is in citations.",
  fields: [
    idField("id", "The figure's id."),
    refField("mission", "The mission counted (or a group: cluster)."),
    refField("cluster", "The group counted (or a mission)."),
    ...quantityFields("The number", "figure"),
    partialDateField("as_of", "The date the figure speaks of (empty for a period)."),
    partialDateField("period_from", "Start of the period the figure speaks of."),
    partialDateField("period_to", "End of that period (empty: the source gives none)."),
    integerField("reporting_year", "The evaluation year that reports it, where asOf differs.", {
      minimum: 1900,
      maximum: 2100,
    }),
    enumField(
      "status",
      FactStatus.options,
      "planned: a size a source announces; actual or empty: counted.",
    ),
    booleanField("unverified", "True: no source a reader can check confirms it."),
    enumField("scope", PersonnelScope.options, "Whose people it counts.", true),
    ...localizedFields("role", "What the people did"),
    ...localizedFields("note", "A note on the figure"),
  ],
  primaryKey: ["id"],
  foreignKeys: [foreignKey("mission", "missions"), foreignKey("cluster", "clusters")],
  rows: (ds) =>
    ds.figures.map((f) => ({
      id: f.id,
      mission: f.mission ?? null,
      cluster: f.cluster ?? null,
      ...quantityCells(f.quantity),
      as_of: typeof f.asOf === "string" ? f.asOf : null,
      period_from: typeof f.asOf === "string" ? null : f.asOf.from,
      period_to: typeof f.asOf === "string" ? null : (f.asOf.to ?? null),
      reporting_year: f.reportingYear ?? null,
      status: f.status ?? null,
      unverified: f.unverified ?? null,
      scope: f.scope,
      ...localized("role", f.role),
      ...localized("note", f.note),
    })),
};

export function readFigures(rows: Row[]): Record<string, unknown>[] {
  return rows.map((r) =>
    defined({
      id: str(r, "id"),
      mission: str(r, "mission"),
      cluster: str(r, "cluster"),
      quantity: readQuantity(r),
      asOf:
        r.as_of !== null
          ? str(r, "as_of")
          : defined({ from: str(r, "period_from"), to: str(r, "period_to") }),
      reportingYear: r.reporting_year ?? undefined,
      status: str(r, "status"),
      unverified: r.unverified ?? undefined,
      scope: str(r, "scope"),
      role: readLocalized(r, "role"),
      note: readLocalized(r, "note"),
    } satisfies Partial<Record<keyof PersonnelFigure, unknown>>),
  );
}
