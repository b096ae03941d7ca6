/** Eight heights, lowest first; a value without a figure is a dot, never a zero. */
export const SPARK = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;
export const SPARK_GAP = "·";

export type Sparkline = {
  /** One glyph per `perChar` values. */
  text: string;
  perChar: number;
};

/**
 * Values as bars on one scale from 0 to the highest value (so heights compare honestly), in at
 * most `width` glyphs: with more values than room, each glyph shows the last figure among its
 * values — a figure that exists, never an average. null or undefined: no figure (a dot).
 */
export function sparkline(
  values: readonly (number | null | undefined)[],
  width = values.length,
): Sparkline {
  const perChar = Math.max(1, Math.ceil(values.length / Math.max(1, width)));
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  let text = "";
  for (let i = 0; i < values.length; i += perChar) {
    const v = values.slice(i, i + perChar).findLast((x) => x !== null && x !== undefined);
    if (v === null || v === undefined) text += SPARK_GAP;
    else if (max === 0) text += SPARK[0];
    else text += SPARK[Math.round((v / max) * (SPARK.length - 1))];
  }
  return { text, perChar };
}
