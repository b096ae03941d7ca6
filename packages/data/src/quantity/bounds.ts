import type { Quantity } from "./quantity.js";

/**
 * The interval a figure allows, in the spirit of UCDP's low / best / high estimates.
 * Conventions (documented in the package README, "Quantities"):
 * - exact n → [n, n], best n          - approximately n → [n, n], best n, approximate
 * - moreThan n → [n+1, ∞)             - atLeast n → [n, ∞)
 * - upTo n → [0, n]                    - range a–b → [a, b]
 * - few → [2, ∞): "enkele" is plural; no upper bound is invented
 * - unknown → [0, ∞), counted in unknownParts
 */
export type Bounds = {
  low: number;
  /** null: the wording sets no upper bound. */
  high: number | null;
  /** The single most likely value, only where the source gives one. */
  best: number | null;
  /** Some part is worded as an approximation: the bounds are soft. */
  approximate: boolean;
  /** How many of the summed figures are unknown. */
  unknownParts: number;
  /** How many figures went into these bounds. */
  parts: number;
};

/** Lowest count "a few" ("enkele") can mean. */
export const FEW_MINIMUM = 2;

export function quantityBounds(q: Quantity): Bounds {
  const base = { approximate: false, unknownParts: 0, parts: 1 };
  switch (q.qualifier) {
    case "exact":
      return { ...base, low: q.value, high: q.value, best: q.value };
    case "approximately":
      return { ...base, low: q.value, high: q.value, best: q.value, approximate: true };
    case "moreThan":
      return { ...base, low: q.value + 1, high: null, best: null };
    case "atLeast":
      return { ...base, low: q.value, high: null, best: null };
    case "upTo":
      return { ...base, low: 0, high: q.value, best: null };
    case "range":
      return { ...base, low: q.min, high: q.max, best: null };
    case "few":
      return { ...base, low: FEW_MINIMUM, high: null, best: null };
    case "unknown":
      return { ...base, low: 0, high: null, best: null, unknownParts: 1 };
  }
}

const ZERO: Bounds = { low: 0, high: 0, best: 0, approximate: false, unknownParts: 0, parts: 0 };

/** Interval sum: ≈10 + ≈20 + >40 is "at least ≈ 71", never "70". */
export function addBounds(a: Bounds, b: Bounds): Bounds {
  return {
    low: a.low + b.low,
    high: a.high === null || b.high === null ? null : a.high + b.high,
    best: a.best === null || b.best === null ? null : a.best + b.best,
    approximate: a.approximate || b.approximate,
    unknownParts: a.unknownParts + b.unknownParts,
    parts: a.parts + b.parts,
  };
}

export function sumQuantities(quantities: readonly Quantity[]): Bounds {
  return quantities.map(quantityBounds).reduce(addBounds, ZERO);
}

/** Relative margin an approximate figure is given when ordering: "about 10" may be 8 or 12. */
export const APPROXIMATION_MARGIN = 0.2;

function soften(b: Bounds): { low: number; high: number | null } {
  if (!b.approximate) return b;
  return {
    low: Math.floor(b.low * (1 - APPROXIMATION_MARGIN)),
    high: b.high === null ? null : Math.ceil(b.high * (1 + APPROXIMATION_MARGIN)),
  };
}

export type Comparison = "less" | "equal" | "greater" | "indeterminate";

/** Orders two figures only when their intervals do not overlap; equal only when both are exact. */
export function compareBounds(a: Bounds, b: Bounds): Comparison {
  const x = soften(a);
  const y = soften(b);
  if (x.high !== null && x.high < y.low) return "less";
  if (y.high !== null && y.high < x.low) return "greater";
  const exact = (v: Bounds) => !v.approximate && v.high === v.low && v.unknownParts === 0;
  if (exact(a) && exact(b) && a.low === b.low) return "equal";
  return "indeterminate";
}

export function compareQuantities(a: Quantity, b: Quantity): Comparison {
  return compareBounds(quantityBounds(a), quantityBounds(b));
}
