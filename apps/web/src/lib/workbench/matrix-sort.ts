import type { Locale } from "../../i18n/routing";
import type { MatrixColumn, MatrixRow, MatrixSort, RatingsView } from "./matrix-types";

type Key = number | string | null;

/** The value a row sorts by in a column; null: unknown or not rated. */
export function sortKey(row: MatrixRow, column: MatrixColumn, ratings: RatingsView | null): Key {
  switch (column.kind) {
    case "contribution":
      return row.label;
    case "group":
      return row.group.order;
    case "indicator":
      return row.cells[column.id].sort;
    case "rating":
      return ratings?.ratings[row.id]?.[column.consideration]?.value ?? null;
    case "score": {
      const s = ratings?.scores[row.id];
      return s ? (s.low + s.high) / 2 : null;
    }
  }
}

/** "contribution", "group", "indicator:personnel", "rating:consideration-duration", "score". */
export function columnId(column: MatrixColumn): string {
  switch (column.kind) {
    case "indicator":
      return `indicator:${column.id}`;
    case "rating":
      return `rating:${column.consideration}`;
    default:
      return column.kind;
  }
}

/**
 * Rows sorted by a column, the given order (the letter's) breaking ties; rows without a value
 * stay last in both directions.
 */
export function sortMatrixRows(
  rows: readonly MatrixRow[],
  sort: MatrixSort | null,
  ratings: RatingsView | null,
  locale: Locale,
): MatrixRow[] {
  if (!sort) return [...rows];
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sign = sort.dir === "desc" ? -1 : 1;
  const keyed = rows.map((row, i) => ({ row, i, key: sortKey(row, sort.column, ratings) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null)
      return x.key === y.key ? x.i - y.i : x.key === null ? 1 : -1;
    const d =
      typeof x.key === "number" && typeof y.key === "number"
        ? x.key - y.key
        : collator.compare(String(x.key), String(y.key));
    return d === 0 ? x.i - y.i : sign * d;
  });
  return keyed.map((k) => k.row);
}
