// Indexes of a portfolio for per-contribution questions, each built on first use: recomputing
// metrics after a toggle needs only the groups. Portfolios are immutable values, so an index
// per portfolio object can be kept.
import type { Contribution, Portfolio } from "./portfolio.js";

type ById = ReadonlyMap<string, Contribution>;
type ByKey = ReadonlyMap<string, readonly Contribution[]>;

/** The key a contribution is grouped under: a contribution in no group is a group of its own. */
export const groupKey = (c: Contribution): string => c.group ?? `\u0000${c.id}`;

function cached<T>(build: (p: Portfolio) => T): (p: Portfolio) => T {
  const cache = new WeakMap<Portfolio, T>();
  return (p) => {
    let value = cache.get(p);
    if (value === undefined) {
      value = build(p);
      cache.set(p, value);
    }
    return value;
  };
}

function groupBy(cs: readonly Contribution[], keys: (c: Contribution) => readonly string[]): ByKey {
  const map = new Map<string, Contribution[]>();
  for (const c of cs)
    for (const key of keys(c)) {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    }
  return map;
}

export const byId = cached((p): ById => new Map(p.contributions.map((c) => [c.id, c])));
/** Members per group key, in the portfolio's order. */
export const byGroup = cached((p) => groupBy(p.contributions, (c) => [groupKey(c)]));
export const byRegion = cached((p) => groupBy(p.contributions, (c) => c.regions));
export const byCountry = cached((p) => groupBy(p.contributions, (c) => c.countries));
