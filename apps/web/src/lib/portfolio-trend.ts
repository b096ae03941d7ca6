import { formatInterval, portfolioFromDataset, portfolioMetrics } from "@inzet/analysis";
import type { Dataset, Edition } from "@inzet/data";
import {
  editionClusters,
  editionMissions,
  editionsByYear,
  type Footnotes,
} from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";

/** An edition's portfolio as its groups allow it to be measured; undefined where unknown. */
export type PortfolioPoint = {
  edition: Edition;
  /** Known only for an edition whose groups the data records: they name its missions. */
  missions: number | undefined;
  groups: number | undefined;
  /** The Herfindahl–Hirschman index over its groups by personnel, as an interval. */
  concentration: string | undefined;
  /** The notes of the groups' citations: where the letter names the groups and their figures. */
  refs: number[];
};

/**
 * Portfolio metrics per edition, from @inzet/analysis where the inputs exist: the number of
 * missions and groups, and the concentration over the groups (as of the reporting year). An
 * edition without recorded groups is unknown, not zero: the data records only those of its
 * missions that the dataset holds.
 */
export function portfolioTrend(ds: Dataset, locale: Locale, notes: Footnotes): PortfolioPoint[] {
  return editionsByYear(ds).map((edition) => {
    const groups = editionClusters(ds, edition.id);
    if (groups.length === 0)
      return {
        edition,
        missions: undefined,
        groups: undefined,
        concentration: undefined,
        refs: [],
      };
    const missions = editionMissions(ds, edition.id).map((m) => m.id);
    const metrics = portfolioMetrics(
      portfolioFromDataset(ds, { asOf: String(edition.reportingYear), missions }),
    );
    return {
      edition,
      missions: missions.length,
      groups: groups.length,
      concentration: formatInterval(metrics.concentration.value, { lang: locale, digits: 2 }),
      refs: [...new Set(notes.refs(groups.map((g) => g.citation)))],
    };
  });
}
