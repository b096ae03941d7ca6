import type { Collection } from "../../model/dataset.js";
import { isRecord } from "../is-record.js";
import type { KnownIds, Path, RuleContext } from "./context.js";

/**
 * References in an item that failed the schema: it is not typed, so the other rules skip it, but
 * its broken references are still worth reporting in the same run ("all problems at once").
 */
export function checkRawReferences(
  { reference }: RuleContext,
  collection: Collection,
  index: number,
  item: unknown,
  known: KnownIds,
): void {
  if (!isRecord(item)) return;
  const ref = (key: string, target: Collection) => {
    const id = item[key];
    if (typeof id === "string") reference(() => [collection, index, key], target, id);
  };
  if (collection === "missions") ref("organisation", "organisations");
  if (collection === "figures") {
    ref("mission", "missions");
    ref("cluster", "clusters");
  }
  if (collection === "clusters" && Array.isArray(item.missions)) {
    item.missions.forEach((id, i) => {
      if (typeof id === "string" && !known.missions.has(id)) {
        reference(() => [collection, index, "missions", i], "missions", id);
      }
    });
  }
  walkCitations(item, [collection, index], (path, source) =>
    reference(() => [...path, "source"], "sources", source),
  );
}

const MAX_DEPTH = 32;
function walkCitations(
  node: unknown,
  path: Path,
  found: (path: Path, source: string) => void,
): void {
  // Citations sit a few levels into an item; a deeper one is junk the schema rejected already
  // (and thousands of levels would exhaust the stack).
  if (path.length > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      walkCitations(child, [...path, i], found);
    });
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (key === "citation" && isRecord(child) && typeof child.source === "string") {
      found([...path, key], child.source);
    } else if (key === "citations" && Array.isArray(child)) {
      child.forEach((c, i) => {
        if (isRecord(c) && typeof c.source === "string") found([...path, key, i], c.source);
      });
    } else {
      walkCitations(child, [...path, key], found);
    }
  }
}
