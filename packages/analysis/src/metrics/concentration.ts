// The Herfindahl–Hirschman index over groups, HHI = Σ xᵢ² / (Σ xᵢ)² with xᵢ a group's personnel:
// the sum of the squared shares, from 1/n (n equal groups) to 1 (everything in one group).
// The figures give each group an interval of totals, so the index is an interval too: its lowest
// and highest value over the box of feasible totals. The index is not monotone in any one total,
// so neither end is "all lows" or "all highs":
// - HHI is quasi-convex on the non-negative orthant (its sublevel sets ‖x‖ ≤ √c·Σx are convex
//   cones), so its maximum over a box lies at a vertex; a total without upper bound can take
//   every share, so the maximum is then 1 (approached, not reached).
// - At the minimum ∂HHI/∂xᵢ ∝ xᵢ − τ with τ = Σx²/Σx, so every total is τ clamped to its bounds
//   ("water-filling"); τ is found exactly segment by segment between the bounds.
// hhi.test.ts checks both against brute force on small boxes.

/** A group's feasible totals; `high` may be Infinity. */
export type Range = { low: number; high: number };

export function hhi(xs: readonly number[]): number | null {
  let s = 0;
  let q = 0;
  for (const x of xs) {
    s += x;
    q += x * x;
  }
  return s > 0 ? q / (s * s) : null;
}

const clamp = (t: number, r: Range) => Math.min(Math.max(t, r.low), r.high);

/** The lowest HHI over the box and a point that has it; null when every total must be 0. */
export function hhiMinimum(box: readonly Range[]): { value: number; at: number[] } | null {
  const cuts = [...new Set([0, ...box.flatMap((r) => [r.low, r.high])])]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  let best: { value: number; at: number[] } | null = null;
  const consider = (t: number) => {
    const at = box.map((r) => clamp(t, r));
    const value = hhi(at);
    if (value !== null && (best === null || value < best.value)) best = { value, at };
  };
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] ?? Number.POSITIVE_INFINITY;
    // In (from, to) each total is fixed at a bound or free (= τ); τ solves τ·Σfixed = Σfixed².
    let s = 0;
    let q = 0;
    for (const r of box) {
      const fixed = r.high <= from ? r.high : r.low >= to ? r.low : null;
      if (fixed !== null) {
        s += fixed;
        q += fixed * fixed;
      }
    }
    consider(from);
    consider(s > 0 ? Math.min(Math.max(q / s, from), to) : Number.isFinite(to) ? to : from + 1);
  }
  return best;
}

/** Beyond this many undecided totals the vertices are not enumerated (2^20 ≈ 10⁶ steps). */
export const MAX_ENUMERATED = 20;

/** The highest HHI over the box (a supremum of 1 when a total is unbounded). */
export function hhiMaximum(box: readonly Range[]): number | null {
  if (box.every((r) => r.high === 0)) return null;
  if (box.some((r) => !Number.isFinite(r.high))) return 1;
  const free = box.filter((r) => r.high > r.low);
  let s = box.reduce((a, r) => a + r.low, 0);
  let q = box.reduce((a, r) => a + r.low * r.low, 0);
  if (free.length > MAX_ENUMERATED) {
    // A sound bound instead: Σx² ≤ Σ highs², Σx ≥ Σ lows.
    const highs = box.reduce((a, r) => a + r.high * r.high, 0);
    return s > 0 ? Math.min(1, highs / (s * s)) : 1;
  }
  let best = s > 0 ? q / (s * s) : 0;
  const up = new Uint8Array(free.length);
  // Gray code: each step flips one total between its bounds, so each vertex costs O(1).
  for (let g = 1; g < 2 ** free.length; g++) {
    const bit = 31 - Math.clz32(g & -g);
    const r = free[bit] as Range;
    const [from, to] = up[bit] ? [r.high, r.low] : [r.low, r.high];
    up[bit] = up[bit] ? 0 : 1;
    s += to - from;
    q += to * to - from * from;
    if (s > 0) best = Math.max(best, q / (s * s));
  }
  return best;
}
