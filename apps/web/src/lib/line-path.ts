/** A point of a line, or undefined where the line has no value (a gap). */
export type LinePoint = readonly [number, number] | undefined;

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * An SVG path through the points in order, broken at every gap: a line never bridges a month or
 * a year without a value. A lone point between gaps is a zero-length segment (drawn as a dot
 * with round line caps).
 */
export function linePath(points: readonly LinePoint[]): string {
  let d = "";
  let drawing = false;
  for (const p of points) {
    if (!p) {
      drawing = false;
      continue;
    }
    const xy = `${round(p[0])},${round(p[1])}`;
    d += drawing ? `L${xy}` : `M${xy}`;
    drawing = true;
  }
  // A lone point (M without an L after it) gets a zero-length line, so that it is drawn.
  return d.replace(/M([\d.,-]+)(?=M|$)/g, "M$1L$1");
}
