import type { Locale } from "../i18n/routing";
import type { SortDir, SortKey } from "./mission-query";
import type { MissionRow, RowFigure } from "./mission-rows";

type Key = string | number | RowFigure | undefined;

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(locale, c);
  }
  return c;
}

function keyOf(row: MissionRow, key: SortKey): Key {
  switch (key) {
    case "acronym":
      return row.acronym;
    case "name":
      return row.name;
    case "organisation":
      return row.organisation.label;
    case "type":
      return row.types[0]?.label;
    case "cluster":
      return row.cluster?.order;
    case "area":
      return row.countries[0]?.name;
    case "since":
      return row.since;
    case "dutchSince":
      return row.dutchSince;
    case "figure":
      return row.figure?.qualifier === "unknown" ? undefined : row.figure;
  }
}

/**
 * Figures order by the interval they allow: the lower bound, then the upper (none is highest).
 * "≈ 10" and "10" tie on bounds; the stable sort keeps their previous order.
 */
export function compareFigures(a: RowFigure, b: RowFigure): number {
  if (a.low !== b.low) return a.low - b.low;
  return (a.high ?? Number.POSITIVE_INFINITY) - (b.high ?? Number.POSITIVE_INFINITY);
}

function compareKeys(a: Key, b: Key, locale: Locale): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return collator(locale).compare(a, b);
  if (typeof a === "object" && typeof b === "object") return compareFigures(a, b);
  return 0;
}

/**
 * Rows sorted by a column; rows without a value (an unknown figure, no recorded start) stay last
 * in both directions. Without a sort key the given order (the letter's, or relevance) is kept.
 */
export function sortRows(
  rows: readonly MissionRow[],
  key: SortKey | undefined,
  dir: SortDir,
  locale: Locale,
): MissionRow[] {
  if (!key) return [...rows];
  const sign = dir === "desc" ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = keyOf(x, key);
    const b = keyOf(y, key);
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    return sign * compareKeys(a, b, locale);
  });
}

/** The letter's order: its groups, then the missions in the order it names them. */
export function letterOrder(rows: readonly MissionRow[]): MissionRow[] {
  return [...rows].sort((a, b) => a.order - b.order);
}
