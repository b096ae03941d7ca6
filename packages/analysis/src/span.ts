// Personnel intervals with infinity for "no upper bound", and which side an approximate figure
// set: "3 to 5" within a group of "about ten" is still at most five, not "about five".
import { type Bounds, type Quantity, quantityBounds } from "@inzet/data";

export type Span = {
  low: number;
  /** Infinity: the wording sets no upper bound. */
  high: number;
  lowSoft: boolean;
  highSoft: boolean;
  /** How many of the figures summed are unknown, and how many were summed. */
  unknownParts: number;
  parts: number;
};

export function spanOf(q: Quantity): Span {
  const b = quantityBounds(q);
  return {
    low: b.low,
    high: b.high ?? Number.POSITIVE_INFINITY,
    lowSoft: b.approximate,
    highSoft: b.approximate,
    unknownParts: b.unknownParts,
    parts: 1,
  };
}

export const EMPTY_SPAN: Span = {
  low: 0,
  high: 0,
  lowSoft: false,
  highSoft: false,
  unknownParts: 0,
  parts: 0,
};

export function addSpans(a: Span, b: Span): Span {
  return {
    low: a.low + b.low,
    high: a.high + b.high,
    lowSoft: a.lowSoft || b.lowSoft,
    highSoft: a.highSoft || b.highSoft,
    unknownParts: a.unknownParts + b.unknownParts,
    parts: a.parts + b.parts,
  };
}

/** The form @inzet/data formats: `high: null` for no bound, `best` only for a single value. */
export function toBounds(s: Span): Bounds {
  const high = Number.isFinite(s.high) ? s.high : null;
  return {
    low: s.low,
    high,
    best: high === s.low ? s.low : null,
    approximate: s.lowSoft || s.highSoft,
    unknownParts: s.unknownParts,
    parts: s.parts,
  };
}
