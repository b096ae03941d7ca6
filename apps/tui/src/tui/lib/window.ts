/**
 * The first visible row of a window `height` rows tall over `total` rows that shows rows
 * `from`..`to` (a cursor, or a cursor and its group header), moving as little as possible
 * from the previous offset so the list does not jump while the cursor moves inside it.
 */
export function nextOffset(
  previous: number,
  height: number,
  total: number,
  from: number,
  to = from,
): number {
  const rows = Math.max(1, height);
  let offset = Math.min(Math.max(0, previous), Math.max(0, total - rows));
  if (to >= offset + rows) offset = to - rows + 1;
  if (from < offset) offset = from;
  return Math.max(0, offset);
}

/** The rows [start, end) of the window, never past the ends. */
export function windowRange(offset: number, height: number, total: number): [number, number] {
  const start = Math.min(Math.max(0, offset), Math.max(0, total - 1));
  return [start, Math.min(total, start + Math.max(0, height))];
}

/** `index` moved by `delta`, kept within [0, count). */
export function clampIndex(index: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, index + delta));
}
