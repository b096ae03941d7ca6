import fc from "fast-check";

// Random edits of a JSON document (delete, duplicate, replace at a path), for validation properties.
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Path = (string | number)[];

export function allPaths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) allPaths(v, [...prefix, i], out);
  } else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, k], out);
  return out;
}

export type Mutation =
  | { kind: "delete" }
  | { kind: "replace"; value: Json }
  | { kind: "duplicate" };

export function mutate(root: { [k: string]: Json }, path: Path, m: Mutation): void {
  if (path.length === 0) return;
  // Earlier edits may have removed part of the path: then there is nothing left to mutate.
  let parent: Json | undefined = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return;
    parent = (parent as Record<string | number, Json>)[key];
  }
  if (parent === undefined) return;
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof key === "number") {
    if (m.kind === "delete") parent.splice(key, 1);
    else if (m.kind === "duplicate") parent.splice(key, 0, structuredClone(parent[key] as Json));
    else parent[key] = m.value;
  } else if (parent !== null && typeof parent === "object" && !Array.isArray(parent)) {
    if (m.kind === "delete") delete parent[key];
    else if (m.kind === "duplicate") parent[`${key}Copy`] = structuredClone(parent[key] as Json);
    else parent[key] = m.value;
  }
}

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: "delete" }),
  fc.constant<Mutation>({ kind: "duplicate" }),
  fc
    .jsonValue({ maxDepth: 2 })
    .map((value): Mutation => ({ kind: "replace", value: value as Json })),
  fc
    .constantFrom<Json>("", "x", -1, 0, 1.5, "2014-13-01", "unknown-id", null, [], {})
    .map((value): Mutation => ({ kind: "replace", value })),
);
