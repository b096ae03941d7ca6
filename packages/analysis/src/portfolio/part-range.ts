// What part of a group may hold, given the group's figure and its members' own figures.
import type { Span } from "../span.js";
import { type Tally, tallyMinus, tallySpan } from "./tally.js";

export type PartRange = {
  span: Span;
  /** The group's figure narrowed the part's own sum (on either side): its citation counts. */
  narrowed: boolean;
  /** The group's figure and the members' figures cannot all be true: the part's own sum is used. */
  conflict: boolean;
};

/**
 * The exact range of the sum of `part`, a subset of a group's members, when each member lies in
 * its own interval and all members together lie in `total`:
 *   low  = max(Σ part lows,  total low  − Σ other members' highs)
 *   high = min(Σ part highs, total high − Σ other members' lows)
 * `all` is the tally of every member the group's figure counts, `part` that of the subset.
 */
export function partRange(total: Span, all: Tally, part: Tally): PartRange {
  const own = tallySpan(part);
  const rest = tallySpan(tallyMinus(all, part));
  const groupLow = total.low - rest.high;
  const groupHigh = total.high - rest.low;
  const lowFromGroup = groupLow > own.low;
  const highFromGroup = groupHigh < own.high;
  const narrowed = lowFromGroup || highFromGroup;
  const span: Span = {
    ...own,
    // The group's figure accounts for its members' unknown figures: none is left out of the sum.
    unknownParts: narrowed ? 0 : own.unknownParts,
    low: lowFromGroup ? groupLow : own.low,
    high: highFromGroup ? groupHigh : own.high,
    lowSoft: lowFromGroup ? total.lowSoft || rest.highSoft : own.lowSoft,
    highSoft: highFromGroup ? total.highSoft || rest.lowSoft : own.highSoft,
  };
  if (span.low > span.high) return { span: own, narrowed: false, conflict: true };
  return { span, narrowed, conflict: false };
}
