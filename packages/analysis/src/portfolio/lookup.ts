// Indexes of a portfolio for per-contribution questions. Portfolios are immutable values, so an
// index per portfolio object can be kept.
import type { Contribution, Portfolio } from "./portfolio.js";

export type PortfolioIndex = {
  byId: ReadonlyMap<string, Contribution>;
  /** Members per group key: the group's id, or the contribution's own key when it has none. */
  byGroup: ReadonlyMap<string, readonly Contribution[]>;
  byRegion: ReadonlyMap<string, readonly Contribution[]>;
  byCountry: ReadonlyMap<string, readonly Contribution[]>;
};

const indexes = new WeakMap<Portfolio, PortfolioIndex>();

/** The key a contribution is grouped under: a contribution in no group is a group of its own. */
export const groupKey = (c: Contribution): string => c.group ?? `\u0000${c.id}`;

function push<K>(map: Map<K, Contribution[]>, key: K, c: Contribution) {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

export function indexOf(p: Portfolio): PortfolioIndex {
  let index = indexes.get(p);
  if (index) return index;
  const byGroup = new Map<string, Contribution[]>();
  const byRegion = new Map<string, Contribution[]>();
  const byCountry = new Map<string, Contribution[]>();
  for (const c of p.contributions) {
    push(byGroup, groupKey(c), c);
    for (const r of c.regions) push(byRegion, r, c);
    for (const k of c.countries) push(byCountry, k, c);
  }
  index = { byId: new Map(p.contributions.map((c) => [c.id, c])), byGroup, byRegion, byCountry };
  indexes.set(p, index);
  return index;
}
