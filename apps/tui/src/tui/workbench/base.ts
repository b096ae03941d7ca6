// What the three views share, computed once per dataset: the portfolio the evaluation left, its
// indicators and the token question's answer on it.
import {
  answerTokenQuestion,
  type ContributionIndicators,
  portfolioIndicators,
} from "@inzet/analysis";
import type { Dataset } from "@inzet/data";
import { basePortfolio } from "../../workbench/portfolio-base.js";
import { perDataset } from "../lib/cache.js";

export const basePortfolioOf = perDataset((ds) => basePortfolio(ds));

export const indicatorsOf = perDataset(
  (ds): ReadonlyMap<string, ContributionIndicators> =>
    new Map(portfolioIndicators(basePortfolioOf(ds)).map((i) => [i.contribution.id, i])),
);

/** The token question on the whole portfolio: what the preset ends, and what it cannot tell. */
export const tokenAnswerOf = perDataset((ds) => answerTokenQuestion(basePortfolioOf(ds)));

/** The ids the token preset ends: those certainly token in a group certainly outside. */
export const tokenPresetIds = (ds: Dataset): string[] => tokenAnswerOf(ds).plan.ended;
