import type { Dataset, LocalizedText } from "@inzet/data";
import type { Field } from "./fields.js";

/** A cell as read or written: empty cells are null (Table Schema's default missing value ""). */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export type ForeignKey = { fields: string[]; reference: { resource: string; fields: string[] } };

/** One CSV resource: its Table Schema and how its rows come from a dataset. */
export type TableSpec = {
  name: string;
  title: LocalizedText;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  rows: (ds: Dataset) => Row[];
};

/** Rows of every table, by table name, with cells cast to their fields' types. */
export type Tables = Record<string, Row[]>;

export const foreignKey = (field: string, resource: string, key = "id"): ForeignKey => ({
  fields: [field],
  reference: { resource, fields: [key] },
});

/** `{ name_en, name_nl }` of a text, both null where there is none. */
export function localized(name: string, text: LocalizedText | undefined): Row {
  return { [`${name}_en`]: text?.en ?? null, [`${name}_nl`]: text?.nl ?? null };
}

/** The text back from `name_en` and `name_nl`; undefined where both are empty. */
export function readLocalized(row: Row, name: string): LocalizedText | undefined {
  const en = row[`${name}_en`];
  const nl = row[`${name}_nl`];
  if (en === null && nl === null) return undefined;
  return { en: String(en ?? ""), nl: String(nl ?? "") };
}

/** The value of a cell as a string, or undefined when empty. */
export const str = (row: Row, name: string): string | undefined => {
  const v = row[name];
  return v === null || v === undefined ? undefined : String(v);
};

/**
 * The item without the keys whose value is undefined, so a read item has only the keys the
 * original had. A copy, not `delete`: deleting keys leaves V8 objects slow to read afterwards.
 */
export function defined<T extends Record<string, unknown>>(item: T): T {
  const out: Record<string, unknown> = {};
  for (const key in item) if (item[key] !== undefined) out[key] = item[key];
  return out as T;
}

/** Rows by the value of `key`, each group in `position` order where rows have one. */
export function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  for (const group of groups.values())
    if (group[0]?.position !== undefined)
      group.sort((a, b) => Number(a.position) - Number(b.position));
  return groups;
}
