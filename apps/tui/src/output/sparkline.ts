/** Eight heights, lowest first; a month without a figure is a dot, never a zero. */
export const SPARK = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;
export const SPARK_GAP = "·";

/** One glyph per value on a scale from 0 to the highest value; null: no figure. */
export function sparkline(values: readonly (number | null)[]): string {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  return values
    .map((v) => {
      if (v === null) return SPARK_GAP;
      if (max === 0) return SPARK[0];
      const level = Math.ceil((v / max) * SPARK.length) - 1;
      return SPARK[Math.max(0, Math.min(SPARK.length - 1, level))];
    })
    .join("");
}
