import { editionMetricsSeries, formatInterval } from "@inzet/analysis";
import type { Dataset, Edition } from "@inzet/data";
import type { Footnotes } from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";

/** An edition's portfolio as its groups allow it to be measured; undefined where unknown. */
export type PortfolioPoint = {
  edition: Edition;
  missions: number | undefined;
  groups: number | undefined;
  /** The Herfindahl–Hirschman index over its groups by personnel, as an interval. */
  concentration: string | undefined;
  /** The notes of the citations the metrics rest on: the groups and their figures. */
  refs: number[];
};

/**
 * Portfolio metrics per edition (@inzet/analysis `editionMetrics`, which the terminal's trend
 * shows too), as the trend page's table shows them: unknown, not zero, where an edition's groups
 * are not recorded.
 */
export function portfolioTrend(ds: Dataset, locale: Locale, notes: Footnotes): PortfolioPoint[] {
  return editionMetricsSeries(ds).map((m) => ({
    edition: m.edition,
    missions: m.missions ?? undefined,
    groups: m.groups ?? undefined,
    concentration:
      m.concentration === null
        ? undefined
        : formatInterval(m.concentration, { lang: locale, digits: 2 }),
    refs: [
      ...new Set(
        notes.refs([...m.citations.missions, ...m.citations.groups, ...m.citations.concentration]),
      ),
    ],
  }));
}
