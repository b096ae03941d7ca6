// Sums of personnel intervals that can also be taken apart again: a group's figure minus what its
// other members may hold is what one member may hold. Open upper bounds are counted, not added,
// so subtracting never meets ∞ − ∞.
import type { Span } from "../span.js";

export type Tally = {
  low: number;
  highFinite: number;
  /** How many parts have no upper bound. */
  open: number;
  lowSoft: number;
  highSoft: number;
  unknownParts: number;
  parts: number;
};

export const emptyTally = (): Tally => ({
  low: 0,
  highFinite: 0,
  open: 0,
  lowSoft: 0,
  highSoft: 0,
  unknownParts: 0,
  parts: 0,
});

/** Adds `s` to `t` in place (tallies are built in loops over thousands of contributions). */
export function addToTally(t: Tally, s: Span): Tally {
  t.low += s.low;
  if (Number.isFinite(s.high)) t.highFinite += s.high;
  else t.open += 1;
  if (s.lowSoft) t.lowSoft += 1;
  if (s.highSoft) t.highSoft += 1;
  t.unknownParts += s.unknownParts;
  t.parts += s.parts;
  return t;
}

export function tallyMinus(a: Tally, b: Tally): Tally {
  return {
    low: a.low - b.low,
    highFinite: a.highFinite - b.highFinite,
    open: a.open - b.open,
    lowSoft: a.lowSoft - b.lowSoft,
    highSoft: a.highSoft - b.highSoft,
    unknownParts: a.unknownParts - b.unknownParts,
    parts: a.parts - b.parts,
  };
}

export function tallySpan(t: Tally): Span {
  return {
    low: t.low,
    high: t.open > 0 ? Number.POSITIVE_INFINITY : t.highFinite,
    lowSoft: t.lowSoft > 0,
    highSoft: t.highSoft > 0,
    unknownParts: t.unknownParts,
    parts: t.parts,
  };
}
