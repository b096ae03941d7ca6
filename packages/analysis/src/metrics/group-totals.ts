// Personnel per group and in all: free figures added, figures counted by a group figure taken
// together with it (partRange), so "about ten in EUFOR, EULEX, KFOR" still bounds what is left
// of the Balkans group after a scenario ends one of them.
import { byGroup } from "../portfolio/lookup.js";
import { partRange } from "../portfolio/part-range.js";
import type { Contribution, Portfolio } from "../portfolio/portfolio.js";
import { addToTally, emptyTally, type Tally, tallySpan } from "../portfolio/tally.js";
import { addSpans, type Span } from "../span.js";

export type Total = { span: Span; conflict: boolean };

export function totalOf(p: Portfolio, members: readonly Contribution[]): Total {
  const free = emptyTally();
  const parts = new Map<string, Tally>();
  for (const c of members) {
    if (c.part === null) addToTally(free, c.personnel.span);
    else {
      const t = parts.get(c.part) ?? emptyTally();
      parts.set(c.part, t);
      // The member's own figure: the group figure is applied once, to the members together.
      addToTally(t, c.personnel.own);
    }
  }
  let span = tallySpan(free);
  let conflict = false;
  for (const [part, t] of parts) {
    const gf = p.groupFigures.get(part);
    const range = gf ? partRange(gf.total, gf.all, t) : { span: tallySpan(t), conflict: false };
    span = addSpans(span, range.span);
    conflict ||= range.conflict;
  }
  return { span, conflict };
}

export type GroupTotal = Total & { key: string; members: readonly Contribution[] };

/** Each group's total, in the groups' order (groups a scenario adds last; no group: by id). */
export function groupTotals(p: Portfolio): GroupTotal[] {
  const order = (key: string) => p.groups.get(key)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...byGroup(p)]
    .sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, members]) => ({ key, members, ...totalOf(p, members) }));
}
