// A fact-by-fact diff between two versions of a dataset, for reviewing a data update: what was
// added, removed and changed, each with its path, its old and new values and the citations that
// stand behind it. Items of a collection are matched by id, never by position.
import { type Citation, COLLECTIONS, type Dataset } from "@inzet/data";
import { type DataPath, formatDataPath } from "../path.js";
import { isPlainObject, sameValue } from "./values.js";

export type ChangeType = "added" | "removed" | "changed";

export type Change = {
  type: ChangeType;
  path: DataPath;
  /** `missions[id=untso].start.value`. */
  at: string;
  old?: unknown;
  new?: unknown;
  /** The citations of the fact (or item) the change is in, before and after. */
  citations: { old: Citation[]; new: Citation[] };
};

export type DatasetDiff = { changes: Change[] };

type Cites = { old: Citation[]; new: Citation[] };
type Json = Record<string, unknown>;

// Values compared whole: a figure's quantity, a count of missions or a citation is one fact, not
// its parts.
const WHOLE = new Set(["quantity", "count", "asOf", "citation", "coordinates", "value"]);

/**
 * Lists whose items are matched by a key rather than by place, so one insertion is one addition:
 * the missions an edition covers, by mission.
 */
const KEYED: Record<string, string> = { covers: "mission" };

const citationsOf = (v: unknown): Citation[] | undefined => {
  if (!isPlainObject(v)) return undefined;
  if (Array.isArray(v.citations)) return v.citations as Citation[];
  if (isPlainObject(v.citation)) return [v.citation as Citation];
  return undefined;
};

/** Every citation anywhere inside a value (an added or removed item brings all of its own). */
function allCitations(v: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(v)) for (const x of v) allCitations(x, out);
  else if (isPlainObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (k === "citation" && isPlainObject(x)) out.push(x as Citation);
      else if (k === "citations" && Array.isArray(x)) out.push(...(x as Citation[]));
      else allCitations(x, out);
    }
  }
  return out;
}

class Differ {
  readonly changes: Change[] = [];

  push(type: ChangeType, path: DataPath, old: unknown, next: unknown, citations: Cites): void {
    this.changes.push({
      type,
      path,
      at: formatDataPath(path),
      ...(old === undefined ? {} : { old }),
      ...(next === undefined ? {} : { new: next }),
      citations,
    });
  }

  value(path: DataPath, a: unknown, b: unknown, cites: Cites): void {
    if (sameValue(a, b)) return;
    const key = path.at(-1);
    const own = { old: citationsOf(a) ?? cites.old, new: citationsOf(b) ?? cites.new };
    if (a === undefined) this.push("added", path, undefined, b, { old: [], new: allCitations(b) });
    else if (b === undefined)
      this.push("removed", path, a, undefined, { old: allCitations(a), new: [] });
    else if (typeof key === "string" && WHOLE.has(key)) this.push("changed", path, a, b, cites);
    else if (key === "citations" && Array.isArray(a) && Array.isArray(b))
      this.matched(path, a, b, sameValue);
    else if (typeof key === "string" && KEYED[key] && Array.isArray(a) && Array.isArray(b))
      this.matched(path, a, b, sameKey(KEYED[key]), own);
    else if (isPlainObject(a) && isPlainObject(b) && !isText(a) && !isText(b))
      for (const k of unionKeys(a, b)) this.value([...path, k], a[k], b[k], own);
    else if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].some(isPlainObject))
      for (let i = 0; i < Math.max(a.length, b.length); i++)
        this.value([...path, i], a[i], b[i], own);
    else this.push("changed", path, a, b, cites);
  }

  /**
   * A list whose items are matched, not compared by place, so one inserted item is one addition:
   * a fact's citations by what they say, or (given the citations of the item the list is in)
   * items by a key, whose own changes are then shown at their old place. A reordering (the order
   * numbers footnotes) is one change of the whole list.
   */
  matched(
    path: DataPath,
    a: unknown[],
    b: unknown[],
    same: (x: unknown, y: unknown) => boolean,
    citations?: Cites,
  ): void {
    const unmatched = [...b.keys()];
    const matched: [number, number][] = [];
    const removed: number[] = [];
    for (const [i, x] of a.entries()) {
      const j = unmatched.findIndex((k) => same(x, b[k]));
      const k = j >= 0 ? unmatched.splice(j, 1)[0] : undefined;
      if (k === undefined) removed.push(i);
      else matched.push([i, k]);
    }
    if (matched.some(([, k], n) => n > 0 && k < (matched[n - 1]?.[1] ?? 0))) {
      const whole = citations
        ? { old: allCitations(a), new: allCitations(b) }
        : { old: a as Citation[], new: b as Citation[] };
      this.push("changed", path, a, b, whole);
      return;
    }
    if (!citations) {
      // A citation added or removed is shown with the list it is in.
      const cites = { old: a as Citation[], new: b as Citation[] };
      for (const i of removed) this.push("removed", [...path, i], a[i], undefined, cites);
      for (const k of unmatched) this.push("added", [...path, k], undefined, b[k], cites);
      return;
    }
    for (const [i, k] of matched) this.value([...path, i], a[i], b[k], citations);
    for (const i of removed) this.value([...path, i], a[i], undefined, citations);
    for (const k of unmatched) this.value([...path, k], undefined, b[k], citations);
  }

  collection(name: string, a: readonly Json[], b: readonly Json[]): void {
    const before = new Map(a.map((x) => [String(x.id), x]));
    const after = new Set(b.map((x) => String(x.id)));
    for (const item of b) {
      const id = String(item.id);
      this.value([name, { id }], before.get(id), item, { old: [], new: [] });
    }
    for (const item of a) {
      const id = String(item.id);
      if (!after.has(id)) this.value([name, { id }], item, undefined, { old: [], new: [] });
    }
  }
}

/** Whether two items have the same value under `key`. */
const sameKey =
  (key: string) =>
  (x: unknown, y: unknown): boolean =>
    isPlainObject(x) && isPlainObject(y) && sameValue(x[key], y[key]);

const isText = (v: Json) => {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === "en" || k === "nl");
};

function unionKeys(a: Json, b: Json): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/** What changed from `a` to `b`, fact by fact, in a stable order: meta, then each collection. */
export function diffDatasets(a: Dataset, b: Dataset): DatasetDiff {
  const differ = new Differ();
  differ.value(["meta"], a.meta, b.meta, { old: [], new: [] });
  for (const name of COLLECTIONS)
    differ.collection(name, a[name] as unknown as Json[], b[name] as unknown as Json[]);
  return { changes: differ.changes };
}
