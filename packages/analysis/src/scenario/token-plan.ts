// "End every contribution of five people or fewer outside the two largest groups": which ones that
// is, as far as the figures can tell, as a scenario.

import type { LocalizedText } from "@inzet/data";
import { compareBounds } from "@inzet/data/queries";
import { type PortfolioMetrics, portfolioMetrics } from "../metrics/metrics.js";
import { byId } from "../portfolio/lookup.js";
import type { Portfolio } from "../portfolio/portfolio.js";
import { TOKEN_THRESHOLD, tokenAnswer } from "../portfolio/token.js";
import type { Scenario } from "./schema.js";

/** in: certainly among the N largest groups by personnel; out: certainly not; else undecided. */
export type Rank = "in" | "out" | "undecided";

export type GroupRank = { key: string; name: LocalizedText; rank: Rank };

export type TokenPlan = {
  keep: number;
  threshold: number;
  ranks: GroupRank[];
  /** Certainly at most `threshold` people, in a group certainly outside the `keep` largest. */
  ended: string[];
  /** Might be either: its size or its group's rank (or both) cannot be told from the figures. */
  indeterminate: { id: string; because: ("size" | "rank")[] }[];
  /** Ends the `ended` contributions. */
  scenario: Scenario;
  /** Ends the indeterminate ones too: the other end of what the question can mean. */
  widest: Scenario;
};

/**
 * Ranks groups by comparing their personnel intervals (compareBounds: approximate figures
 * widened by 20 %): a group is certainly among the N largest when fewer than N others may be
 * larger; certainly outside when at least N others are certainly larger.
 */
export function rankGroups(m: PortfolioMetrics, n: number): GroupRank[] {
  return m.byGroup.map((g) => {
    const others = m.byGroup
      .filter((o) => o !== g)
      .map((o) => compareBounds(o.personnel, g.personnel));
    const larger = others.filter((c) => c === "greater").length;
    const mayBeLarger = others.filter((c) => c !== "less").length;
    const rank: Rank = mayBeLarger < n ? "in" : larger >= n ? "out" : "undecided";
    return { key: g.key, name: g.name, rank };
  });
}

export type TokenPlanOptions = { keep?: number; threshold?: number };

export function endTokenOutsideLargest(
  p: Portfolio,
  { keep = 2, threshold = TOKEN_THRESHOLD }: TokenPlanOptions = {},
): TokenPlan {
  const metrics = portfolioMetrics(p, { tokenThreshold: threshold });
  const ranks = rankGroups(metrics, keep);
  const rankOf = new Map(ranks.map((r) => [r.key, r.rank]));
  const contributions = byId(p);
  const ended: string[] = [];
  const indeterminate: TokenPlan["indeterminate"] = [];
  for (const g of metrics.byGroup) {
    const rank = rankOf.get(g.key);
    if (rank === "in") continue;
    for (const id of g.contributions) {
      const c = contributions.get(id);
      const size = c ? tokenAnswer(c.personnel.span, threshold) : "indeterminate";
      if (size === "no") continue;
      if (size === "yes" && rank === "out") ended.push(id);
      else
        indeterminate.push({
          id,
          because: [
            ...(size === "yes" ? [] : ["size" as const]),
            ...(rank === "out" ? [] : ["rank" as const]),
          ],
        });
    }
  }
  const name = `End contributions of ${threshold} or fewer outside the ${keep} largest groups`;
  const ends = (ids: string[]) => ids.map((id) => ({ op: "end" as const, id }));
  return {
    keep,
    threshold,
    ranks,
    ended,
    indeterminate,
    scenario: { name, operations: ends(ended) },
    widest: {
      name: `${name} (also the indeterminate ones)`,
      operations: ends([...ended, ...indeterminate.map((x) => x.id)]),
    },
  };
}
