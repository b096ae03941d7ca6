import { inert } from "../../output/inert.js";

/** A row of a list pane: a group header, or an item the cursor can rest on. */
export type ListRow = { kind: "header" | "item"; key: string; label: string; aside: string };

export type ListModel = {
  rows: ListRow[];
  /** The row each item is on, by item index. */
  itemRows: number[];
};

/** A row with its data made inert; rows hold no position, so one row object can be reused. */
export function listRow(kind: ListRow["kind"], key: string, label: string, aside = ""): ListRow {
  return {
    kind,
    key: kind === "header" ? `header:${key}` : key,
    label: inert(label),
    aside: inert(aside),
  };
}

/** Collects rows, numbering items in the order they are added. */
export function listBuilder() {
  const rows: ListRow[] = [];
  const itemRows: number[] = [];
  return {
    header(key: string, label: string, aside = "") {
      rows.push(listRow("header", key, label, aside));
    },
    item(key: string, label: string, aside = "") {
      this.row(listRow("item", key, label, aside));
    },
    /** Adds a row made (and perhaps cached) by the caller. */
    row(row: ListRow) {
      if (row.kind === "item") itemRows.push(rows.length);
      rows.push(row);
    },
    done(): ListModel {
      return { rows, itemRows };
    },
  };
}

/** The rows to keep in view for an item: the item, and its header when that sits right above. */
export function focusRows(model: ListModel, item: number): [number, number] {
  const row = model.itemRows[item] ?? 0;
  const above = model.rows[row - 1];
  return [above?.kind === "header" ? row - 1 : row, row];
}
