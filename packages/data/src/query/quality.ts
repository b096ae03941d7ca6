import type { Citation, Fact } from "../model/citation.js";
import type { Dataset } from "../model/dataset.js";
import type { Mission } from "../model/mission.js";
import { missionFacts } from "../model/mission-facts.js";
import { PUBLISHER_KINDS } from "../model/publisher-kinds.js";
import type { PublisherKind, Source } from "../model/source.js";
import { figuresFor } from "./figures.js";
import { getSource } from "./lookup.js";

/** How the facts of a mission, or of the whole dataset, stand: counts, each a subset of `facts`. */
export type FactTally = {
  facts: number;
  /** With the source's own words in at least one citation. */
  quoted: number;
  /** Resting on at least one official primary source. */
  official: number;
  /** General knowledge no source confirmed (shown, but labelled). */
  unverified: number;
  /** Announced, not (yet) confirmed as having happened. */
  planned: number;
};

export type FigureTally = {
  figures: number;
  unknown: number;
  planned: number;
  unverified: number;
  quoted: number;
};

export type MissionQuality = {
  mission: Mission;
  facts: FactTally;
  figures: FigureTally;
  /** The distinct sources the mission's facts and figures cite, by who published them. */
  sources: Record<PublisherKind, number>;
};

export type QualityReport = {
  facts: FactTally;
  figures: FigureTally;
  /** Every source of the dataset by who published it. */
  sources: Record<PublisherKind, number>;
  missions: MissionQuality[];
};

const noKinds = (): Record<PublisherKind, number> =>
  Object.fromEntries(PUBLISHER_KINDS.map((k) => [k, 0])) as Record<PublisherKind, number>;

function byKind(sources: Iterable<Source>): Record<PublisherKind, number> {
  const counts = noKinds();
  for (const s of sources) counts[s.publisherKind] += 1;
  return counts;
}

function tallyFacts(ds: Dataset, facts: readonly Fact<unknown>[]): FactTally {
  const official = (c: Citation) => getSource(ds, c.source)?.publisherKind === "official";
  return {
    facts: facts.length,
    quoted: facts.filter((f) => f.citations.some((c) => c.quote !== undefined)).length,
    official: facts.filter((f) => f.citations.some(official)).length,
    unverified: facts.filter((f) => f.unverified === true).length,
    planned: facts.filter((f) => f.status === "planned").length,
  };
}

function tallyFigures(figures: Dataset["figures"]): FigureTally {
  return {
    figures: figures.length,
    unknown: figures.filter((f) => f.quantity.qualifier === "unknown").length,
    planned: figures.filter((f) => f.status === "planned").length,
    unverified: figures.filter((f) => f.unverified === true).length,
    quoted: figures.filter((f) => f.citation.quote !== undefined).length,
  };
}

/** The ground every claim stands on: per mission and overall, computed from the data alone. */
export function qualityReport(ds: Dataset): QualityReport {
  const missions = ds.missions.map((mission): MissionQuality => {
    const facts = missionFacts(mission).map((f) => f.fact);
    const figures = figuresFor(ds, { mission: mission.id });
    const cited = new Map<string, Source>();
    for (const c of [
      ...mission.citations,
      ...facts.flatMap((f) => f.citations),
      ...figures.map((f) => f.citation),
    ]) {
      const source = getSource(ds, c.source);
      if (source) cited.set(source.id, source);
    }
    return {
      mission,
      facts: tallyFacts(ds, facts),
      figures: tallyFigures(figures),
      sources: byKind(cited.values()),
    };
  });
  return {
    facts: tallyFacts(
      ds,
      ds.missions.flatMap((m) => missionFacts(m).map((f) => f.fact)),
    ),
    figures: tallyFigures(ds.figures),
    sources: byKind(ds.sources),
    missions,
  };
}
