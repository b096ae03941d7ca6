import { displayWidth } from "./width.js";

const GAP = 2;
/** Columns are first kept at least this wide, so a short column does not wrap word by word. */
const COMFORTABLE = 16;

const total = (widths: readonly number[]) =>
  widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);

function shrink(widths: number[], minimum: readonly number[], maxWidth: number): number[] {
  const out = [...widths];
  while (total(out) > maxWidth) {
    let widest = -1;
    out.forEach((w, i) => {
      if (w > (minimum[i] ?? 1) && (widest < 0 || w > (out[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    out[widest] = (out[widest] ?? 1) - 1;
  }
  return out;
}

/**
 * Column widths that fit `maxWidth` by narrowing the widest columns, never below their longest
 * word: a cell must wrap, not lose characters (a cut URL or name would mislead).
 * undefined when the table fits as it is.
 */
export function fitColumns(
  rows: readonly (readonly string[])[],
  maxWidth: number,
): number[] | undefined {
  const count = Math.max(0, ...rows.map((r) => r.length));
  const natural = Array.from({ length: count }, () => 0);
  const floor = Array.from({ length: count }, () => 1);
  for (const row of rows) {
    row.forEach((cell, i) => {
      natural[i] = Math.max(natural[i] ?? 0, displayWidth(cell));
      for (const word of cell.split(/\s+/)) floor[i] = Math.max(floor[i] ?? 1, displayWidth(word));
    });
  }
  if (total(natural) <= maxWidth) return undefined;
  const comfortable = natural.map((n, i) => Math.min(n, Math.max(floor[i] ?? 1, COMFORTABLE)));
  const first = shrink(natural, comfortable, maxWidth);
  return total(first) <= maxWidth ? first : shrink(first, floor, maxWidth);
}
