import type { Dataset, FactTally, FigureTally, PublisherKind, QualityReport } from "@inzet/data";
import { clusterOf, qualityReport } from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";
import { isTreatedByEvaluation } from "./evaluation";

/** A count and the whole it is part of (the share is shown only where there is a whole). */
export type Tally<K extends string = string> = { key: K; count: number; of: number | undefined };

export type MissionQualityRow = {
  id: string;
  acronym: string;
  /** The letter's group, or undefined for a mission in none. */
  group: string | undefined;
  treated: boolean;
  facts: FactTally;
  figures: FigureTally;
  /** Distinct sources cited: official primary ones, and all others. */
  officialSources: number;
  otherSources: number;
};

const FACT_PARTS = ["quoted", "official", "unverified", "planned"] as const;
const FIGURE_PARTS = ["unknown", "planned", "unverified", "quoted"] as const;
export type FactKey = "facts" | (typeof FACT_PARTS)[number];
export type FigureKey = "figures" | (typeof FIGURE_PARTS)[number];

export type QualityView = {
  facts: Tally<FactKey>[];
  figures: Tally<FigureKey>[];
  sources: { kind: PublisherKind; count: number }[];
  sourceTotal: number;
  missions: MissionQualityRow[];
};

/** The quality report laid out for the page: overall tallies, sources by kind, a row per mission. */
export function qualityView(ds: Dataset, locale: Locale, report?: QualityReport): QualityView {
  const q = report ?? qualityReport(ds);
  const sources = (Object.entries(q.sources) as [PublisherKind, number][]).map(([kind, count]) => ({
    kind,
    count,
  }));
  return {
    facts: [
      { key: "facts" as const, count: q.facts.facts, of: undefined },
      ...FACT_PARTS.map((key) => ({ key, count: q.facts[key], of: q.facts.facts })),
    ],
    figures: [
      { key: "figures" as const, count: q.figures.figures, of: undefined },
      ...FIGURE_PARTS.map((key) => ({ key, count: q.figures[key], of: q.figures.figures })),
    ],
    sources,
    sourceTotal: sources.reduce((n, s) => n + s.count, 0),
    missions: q.missions.map(({ mission, facts, figures, sources: kinds }) => {
      const all = Object.values(kinds).reduce((n, c) => n + c, 0);
      return {
        id: mission.id,
        acronym: mission.acronym,
        group: clusterOf(ds, mission.id)?.name[locale],
        treated: isTreatedByEvaluation(ds, mission.id),
        facts,
        figures,
        officialSources: kinds.official,
        otherSources: all - kinds.official,
      };
    }),
  };
}

/** "87 %" / "87%": a whole-number share in the reader's language; "—" without a whole. */
export function formatShare(count: number, of: number | undefined, locale: Locale): string {
  if (!of) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(
    count / of,
  );
}
