import { type Portfolio, portfolioFromDataset } from "@inzet/analysis";
import type { Dataset } from "@inzet/data";
import { editionMissions, primaryEdition } from "@inzet/data/queries";

/** The workbench weighs the portfolio as the 2014 evaluation left it: at the end of 2014. */
export const DEFAULT_AS_OF = "2014-12-31";

/** The missions of the dataset's own evaluation (2014), in the letter's order of its groups. */
export function workbenchMissions(ds: Dataset): string[] {
  const edition = primaryEdition(ds);
  return edition ? editionMissions(ds, edition.id).map((m) => m.id) : ds.missions.map((m) => m.id);
}

/** Those missions' contributions as of a date, in the letter's order. */
export function workbenchPortfolio(ds: Dataset, asOf: string = DEFAULT_AS_OF): Portfolio {
  const missions = workbenchMissions(ds);
  const p = portfolioFromDataset(ds, { asOf, missions });
  const order = new Map(missions.map((id, i) => [id, i]));
  const contributions = [...p.contributions].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
  return { ...p, contributions };
}
