// The portfolio the workbench weighs: the dataset's own evaluation (the 2014 letter's sixteen, see
// evaluationScope in @inzet/analysis), as of its year unless another date is asked for. The
// dashboard weighs the same one.
import type { Portfolio } from "@inzet/analysis";
import { portfolioFromDataset } from "@inzet/analysis";
import type { Dataset } from "@inzet/data";

/** The end of the dataset's year: the portfolio as the evaluation of that year left it. */
export const defaultAsOf = (ds: Dataset) => `${ds.meta.year}-12-31`;

/** The portfolio as of `asOf` (YYYY, YYYY-MM or YYYY-MM-DD), in the letter's order. */
export function basePortfolio(ds: Dataset, asOf: string = defaultAsOf(ds)): Portfolio {
  return portfolioFromDataset(ds, { asOf });
}
