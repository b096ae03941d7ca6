// The portfolio the workbench weighs: the contributions of the dataset's own evaluation (the 2014
// letter's sixteen), as of its year unless another date is asked for. Missions outside that
// evaluation (UN missions of other years) are not part of it.
import type { Portfolio } from "@inzet/analysis";
import { portfolioFromDataset } from "@inzet/analysis";
import type { Dataset, Edition } from "@inzet/data";
import { editionMissions, primaryEdition } from "@inzet/data/queries";

export type BaseScope = { edition: Edition | undefined; missions: string[] | undefined };

/** The primary edition and its missions; every mission when the dataset has no such edition. */
export function baseScope(ds: Dataset): BaseScope {
  const edition = primaryEdition(ds);
  const missions = edition ? editionMissions(ds, edition.id).map((m) => m.id) : [];
  return missions.length > 0 ? { edition, missions } : { edition: undefined, missions: undefined };
}

/** The end of the dataset's year: the portfolio as the evaluation of that year left it. */
export const defaultAsOf = (ds: Dataset) => `${ds.meta.year}-12-31`;

/**
 * The portfolio as of `asOf` (YYYY, YYYY-MM or YYYY-MM-DD), its contributions in the letter's
 * order of groups and members (the dashboard weighs the same one).
 */
export function basePortfolio(ds: Dataset, asOf: string = defaultAsOf(ds)): Portfolio {
  const { missions } = baseScope(ds);
  const p = portfolioFromDataset(ds, missions ? { asOf, missions } : { asOf });
  if (!missions) return p;
  const order = new Map(missions.map((id, i) => [id, i]));
  const contributions = [...p.contributions].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
  return { ...p, contributions };
}
