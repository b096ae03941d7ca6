// One way to name a place in a dataset, shared by the data package's fact and citation ids and by
// the diff: items of a collection are named by id, not by position, so a path survives an insertion.

/** A key, an array index, or an item of a top-level collection by its id. */
export type PathSegment = string | number | { id: string };
export type DataPath = readonly PathSegment[];

/** `missions[id=untso].legalBasis[0].citations[1]`: readable, and unique within a dataset. */
export function formatDataPath(path: DataPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "object") out += `[id=${segment.id}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(root)" : out;
}
