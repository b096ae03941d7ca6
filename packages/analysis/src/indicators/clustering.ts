// Regional focus and clustering: who else is in the same group, region and country.
import type { Citation, LocalizedText } from "@inzet/data";
import { byCountry, byGroup, byRegion } from "../portfolio/lookup.js";
import type { Contribution, Portfolio } from "../portfolio/portfolio.js";
import { type Indicator, known, unknown } from "./indicator.js";

const groupCitations = (p: Portfolio, c: Contribution): Citation[] => {
  const cluster = c.group === null ? null : p.groups.get(c.group)?.cluster;
  return cluster?.missions.some((m) => m === c.id) ? [cluster.citation] : [];
};

export function sameGroup(p: Portfolio, c: Contribution): Indicator<number> {
  const others = c.group === null ? [] : (byGroup(p).get(c.group) ?? []);
  const notes: LocalizedText[] =
    c.group === null
      ? [{ en: "In no group: a group of its own.", nl: "In geen groep: een groep op zich." }]
      : [];
  return known("sameGroup", Math.max(0, others.length - 1), {
    notes,
    citations: groupCitations(p, c),
  });
}

/** Others sharing at least one key (region or country) with `c`. */
function sharing(
  c: Contribution,
  keys: readonly string[],
  by: ReadonlyMap<string, readonly Contribution[]>,
) {
  const others = new Set<Contribution>();
  for (const k of keys) for (const o of by.get(k) ?? []) if (o !== c) others.add(o);
  return [...others];
}

const NO_AREA: LocalizedText = {
  en: "The dataset gives no area countries for it.",
  nl: "De dataset noemt geen landen voor het missiegebied.",
};

const NO_REGION: LocalizedText = {
  en: "Its area countries are in no region of the table.",
  nl: "De landen van het missiegebied staan in geen regio van de tabel.",
};

const areaFacts = (cs: readonly Contribution[]) => ({
  citations: cs.flatMap((c) => c.mission?.area.citations ?? []),
  unverified: cs.some((c) => c.mission?.area.unverified === true),
});

export function sameRegion(p: Portfolio, c: Contribution): Indicator<number> {
  if (c.countries.length === 0) return unknown("sameRegion", NO_AREA);
  if (c.regions.length === 0) return unknown("sameRegion", NO_REGION);
  const others = sharing(c, c.regions, byRegion(p));
  return known("sameRegion", others.length, areaFacts([c, ...others]));
}

export function sameCountry(p: Portfolio, c: Contribution): Indicator<number> {
  if (c.countries.length === 0) return unknown("sameCountry", NO_AREA);
  const others = sharing(c, c.countries, byCountry(p));
  return known("sameCountry", others.length, areaFacts([c, ...others]));
}
