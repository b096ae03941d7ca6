// The diff applied: old + diff = new. It proves a diff says everything that changed (tests), and
// lets a reviewed update be replayed.
import type { Dataset } from "@inzet/data";
import type { PathSegment } from "../path.js";
import type { DatasetDiff } from "./diff.js";
import { isPlainObject } from "./values.js";

type Container = Record<string, unknown> | unknown[];

function child(parent: unknown, segment: PathSegment): unknown {
  if (typeof segment === "object")
    return (parent as Record<string, unknown>[]).find((x) => x.id === segment.id);
  return (parent as Record<string | number, unknown>)[segment];
}

function parentOf(root: unknown, path: readonly PathSegment[]): Container {
  return path.slice(0, -1).reduce(child, root) as Container;
}

function set(root: unknown, path: readonly PathSegment[], value: unknown, insert: boolean): void {
  const parent = parentOf(root, path);
  const last = path.at(-1) as PathSegment;
  if (typeof last === "object") (parent as unknown[]).push(value);
  else if (Array.isArray(parent) && typeof last === "number" && insert)
    parent.splice(last, 0, value);
  else (parent as Record<string | number, unknown>)[last] = value;
}

function remove(root: unknown, path: readonly PathSegment[]): void {
  const parent = parentOf(root, path);
  const last = path.at(-1) as PathSegment;
  if (typeof last === "object") {
    const items = parent as Record<string, unknown>[];
    items.splice(
      items.findIndex((x) => x.id === last.id),
      1,
    );
  } else if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else if (isPlainObject(parent)) delete parent[last];
}

const lastIndex = (path: readonly PathSegment[]) => {
  const last = path.at(-1);
  return typeof last === "number" ? last : 0;
};

/** `old` with the diff's changes made: changes, then removals (from the end), then additions. */
export function applyDiff(old: Dataset, diff: DatasetDiff): Record<string, unknown> {
  const root = structuredClone(old) as unknown as Record<string, unknown>;
  const { changes } = diff;
  for (const c of changes)
    if (c.type === "changed") set(root, c.path, structuredClone(c.new), false);
  const removals = changes.filter((c) => c.type === "removed");
  for (const c of [...removals].sort((x, y) => lastIndex(y.path) - lastIndex(x.path)))
    remove(root, c.path);
  const additions = changes.filter((c) => c.type === "added");
  for (const c of [...additions].sort((x, y) => lastIndex(x.path) - lastIndex(y.path)))
    set(root, c.path, structuredClone(c.new), true);
  return root;
}
