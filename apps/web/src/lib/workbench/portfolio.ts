import { type Portfolio, portfolioFromDataset } from "@inzet/analysis";
import type { Dataset } from "@inzet/data";

/** The workbench weighs the portfolio as the 2014 evaluation left it: at the end of 2014. */
export const DEFAULT_AS_OF = "2014-12-31";

/**
 * The dataset's own evaluation (the 2014 letter's 16 missions in its groups, in order) as of a
 * date: the same call as the terminal's, so web and terminal weigh the same contributions.
 */
export function workbenchPortfolio(ds: Dataset, asOf: string = DEFAULT_AS_OF): Portfolio {
  return portfolioFromDataset(ds, { asOf });
}
