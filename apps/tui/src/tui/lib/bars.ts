import { APPROXIMATION_MARGIN, type Bounds } from "@inzet/data/queries";

/**
 * solid: counted for certain; fuzzy: the soft edge of an approximate figure; span: the part of
 * a range or "up to" the figure may or may not reach; open: no upper bound ("> 40", "a few").
 */
export type BarKind = "solid" | "fuzzy" | "span" | "open";
export type BarSegment = { text: string; kind: BarKind };

export const GLYPHS = {
  solid: "█",
  fuzzyIn: "▓",
  fuzzyOut: "▒",
  span: "░",
  open: "▶…",
} as const;

/** Columns reserved after the longest bar for an open end. */
const OPEN_WIDTH = GLYPHS.open.length;

/** The value the full bar width stands for: every figure's drawn extent must fit. */
export function chartScale(all: readonly Bounds[]): number {
  const extents = all.map((b) => {
    if (b.unknownParts > 0 && b.unknownParts === b.parts) return 0;
    if (b.approximate && b.best !== null) return b.best * (1 + APPROXIMATION_MARGIN);
    return b.high ?? b.low;
  });
  return Math.max(1, ...extents);
}

/**
 * The bar for a figure's bounds, drawn so its kind shows without colour: exact = solid, about =
 * solid with a shaded end spanning the approximation margin, open-ended = solid to its lowest
 * value then "▶…", a range = solid to its low end then light shade. undefined: unknown, no bar.
 */
export function barSegments(b: Bounds, scale: number, width: number): BarSegment[] | undefined {
  if (b.unknownParts > 0 && b.unknownParts === b.parts) return undefined;
  const room = Math.max(1, width - OPEN_WIDTH);
  const cols = (v: number) => Math.max(0, Math.min(room, Math.round((v / scale) * room)));
  const segments: BarSegment[] = [];
  const add = (count: number, glyph: string, kind: BarKind) => {
    if (count > 0) segments.push({ text: glyph.repeat(count), kind });
  };
  if (b.approximate && b.best !== null) {
    const inner = cols(b.best * (1 - APPROXIMATION_MARGIN));
    const mid = Math.max(inner + 1, cols(b.best));
    const outer = Math.max(mid + 1, cols(b.best * (1 + APPROXIMATION_MARGIN)));
    add(inner, GLYPHS.solid, "solid");
    add(mid - inner, GLYPHS.fuzzyIn, "fuzzy");
    add(outer - mid, GLYPHS.fuzzyOut, "fuzzy");
    return segments;
  }
  const low = b.low > 0 ? Math.max(1, cols(b.low)) : 0;
  add(low, GLYPHS.solid, "solid");
  if (b.high === null) segments.push({ text: GLYPHS.open, kind: "open" });
  else if (b.high > b.low) add(Math.max(1, cols(b.high) - low), GLYPHS.span, "span");
  return segments;
}
