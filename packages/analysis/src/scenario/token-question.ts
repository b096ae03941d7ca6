// The issue's question as one call: "If we ended every contribution of five people or fewer
// outside the two largest groups, how many missions, groups and regions would remain, how
// concentrated would the portfolio be, and what did our own assessment say about each one we
// would end?"

import type { LocalizedText } from "@inzet/data";
import type { Bounds } from "@inzet/data/queries";
import type { Assessment } from "../assessment/schema.js";
import { assessmentOf, type ContributionAssessment } from "../assessment/score.js";
import type { Interval } from "../interval.js";
import { hhiMaximum, hhiMinimum } from "../metrics/concentration.js";
import type { PortfolioMetrics } from "../metrics/metrics.js";
import { byId } from "../portfolio/lookup.js";
import type { Portfolio } from "../portfolio/portfolio.js";
import { type TokenAnswer, tokenAnswer } from "../portfolio/token.js";
import { toBounds } from "../span.js";
import { type Comparison, compareScenarios } from "./compare.js";
import { endTokenOutsideLargest, type TokenPlan, type TokenPlanOptions } from "./token-plan.js";

export type ContributionReport = {
  id: string;
  label: string;
  group: LocalizedText | null;
  personnel: Bounds;
  token: TokenAnswer;
  /** The analyst's ratings (and weighted score) for it; null without an assessment. */
  assessment: ContributionAssessment | null;
};

export type TokenQuestionAnswer = {
  plan: TokenPlan;
  /** Baseline, the certain ends, and (when some are indeterminate) all possible ends. */
  comparison: Comparison;
  /** What remains, over every choice the indeterminate contributions leave open. */
  remaining: {
    contributions: Interval;
    groups: Interval;
    regions: Interval;
    concentration: Interval | null;
  };
  ended: ContributionReport[];
  indeterminate: (ContributionReport & { because: ("size" | "rank")[] })[];
};

const between = (most: Interval | null, fewest: Interval | null): Interval => ({
  low: fewest?.low ?? 0,
  high: most?.high ?? null,
  approximate: (most?.approximate ?? false) || (fewest?.approximate ?? false),
});

/**
 * Any choice of the indeterminate ends lies between the certain ends and all of them. Dropping a
 * contribution never raises a group's bounds, so each group's total lies between its low with
 * everything ended and its high with only the certain ends: HHI over that box bounds every choice.
 */
function concentrationBetween(most: PortfolioMetrics, fewest: PortfolioMetrics): Interval | null {
  const lows = new Map(fewest.byGroup.map((g) => [g.key, g.personnel.low]));
  const box = most.byGroup.map((g) => ({
    low: lows.get(g.key) ?? 0,
    high: g.personnel.high ?? Number.POSITIVE_INFINITY,
  }));
  const low = hhiMinimum(box);
  const high = hhiMaximum(box);
  const approximate = [most, fewest].some((m) => m.concentration.value?.approximate === true);
  return low === null || high === null ? null : { low: low.value, high, approximate };
}

export function answerTokenQuestion(
  p: Portfolio,
  options: TokenPlanOptions & { assessment?: Assessment } = {},
): TokenQuestionAnswer {
  const plan = endTokenOutsideLargest(p, options);
  const scenarios = plan.indeterminate.length > 0 ? [plan.scenario, plan.widest] : [plan.scenario];
  const compared = compareScenarios(p, scenarios, { tokenThreshold: plan.threshold });
  const [, certain, widest] = compared.ok ? compared.comparison.columns : [];
  // The plan only ends contributions of this very portfolio, so its scenarios always apply.
  if (!compared.ok || !certain) throw new Error("the token plan's scenario did not apply");
  const most = certain.metrics;
  const fewest = (widest ?? certain).metrics;
  const contributions = byId(p);
  const report = (id: string): ContributionReport => {
    const c = contributions.get(id);
    if (!c) throw new Error(`${id} is not in the portfolio`);
    return {
      id,
      label: c.label,
      group: c.group === null ? null : (p.groups.get(c.group)?.name ?? null),
      personnel: toBounds(c.personnel.span),
      token: tokenAnswer(c.personnel.span, plan.threshold),
      assessment: options.assessment ? assessmentOf(options.assessment, p.dataset, id) : null,
    };
  };
  return {
    plan,
    comparison: compared.comparison,
    remaining: {
      contributions: between(most.contributions.value, fewest.contributions.value),
      groups: between(most.groups.value, fewest.groups.value),
      regions: between(most.regions.value, fewest.regions.value),
      concentration: concentrationBetween(most, fewest),
    },
    ended: plan.ended.map(report),
    indeterminate: plan.indeterminate.map((x) => ({ ...report(x.id), because: x.because })),
  };
}
