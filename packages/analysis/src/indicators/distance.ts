// How far a contribution's headquarters lies from the others in its group.
import type { Citation, Coordinates, LocalizedText, Mission } from "@inzet/data";
import { greatCircleKm } from "../geo/distance.js";
import { byGroup } from "../portfolio/lookup.js";
import type { Contribution, Portfolio } from "../portfolio/portfolio.js";
import { type Indicator, known, unknown } from "./indicator.js";

export type HeadquartersDistance = {
  /** Mean over the group's other contributions of the nearest distance between headquarters. */
  meanKm: number;
  nearestKm: number;
  farthestKm: number;
  others: number;
};

type Located = {
  points: Coordinates[];
  /** Headquarters the dataset lists without coordinates. */
  leftOut: number;
  unverified: boolean;
  citations: Citation[];
};

/** The mission's headquarters that have coordinates; those without are left out, and said so. */
function located(m: Mission | null): Located {
  const all = m?.headquarters ?? [];
  const hqs = all.filter((h) => h.value.coordinates !== undefined);
  return {
    leftOut: all.length - hqs.length,
    points: hqs.flatMap((h) => (h.value.coordinates ? [h.value.coordinates.value] : [])),
    unverified: hqs.some((h) => h.unverified === true || h.value.coordinates?.unverified === true),
    citations: hqs.flatMap((h) => [...h.citations, ...(h.value.coordinates?.citations ?? [])]),
  };
}

function nearestKm(a: Coordinates[], b: Coordinates[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const x of a) for (const y of b) best = Math.min(best, greatCircleKm(x, y));
  return best;
}

const text = (en: string, nl: string): LocalizedText => ({ en, nl });

export function headquartersDistance(
  p: Portfolio,
  c: Contribution,
): Indicator<HeadquartersDistance> {
  const id = "headquartersDistance";
  const own = located(c.mission);
  if (own.points.length === 0)
    return unknown(
      id,
      text(
        "Its headquarters have no coordinates in the dataset.",
        "De hoofdkwartieren hebben geen coördinaten in de dataset.",
      ),
    );
  const others = c.group === null ? [] : (byGroup(p).get(c.group) ?? []).filter((o) => o !== c);
  if (others.length === 0)
    return unknown(
      id,
      text(
        "No other contribution in its group to measure to.",
        "Geen andere bijdrage in de groep om naar te meten.",
      ),
    );
  const theirs = others.map((o) => located(o.mission));
  const missing = theirs.filter((t) => t.points.length === 0).length;
  if (missing > 0)
    return unknown(
      id,
      text(
        `${missing} of the group's other contributions have headquarters without coordinates.`,
        `${missing} van de andere bijdragen in de groep hebben hoofdkwartieren zonder coördinaten.`,
      ),
    );
  const km = theirs.map((t) => nearestKm(own.points, t.points));
  const unverified = own.unverified || theirs.some((t) => t.unverified);
  return known(
    id,
    {
      meanKm: km.reduce((a, b) => a + b, 0) / km.length,
      nearestKm: Math.min(...km),
      farthestKm: Math.max(...km),
      others: km.length,
    },
    {
      approximate: unverified,
      unverified,
      citations: [own, ...theirs].flatMap((t) => t.citations),
      notes: [
        ...(unverified
          ? [
              text(
                "Coordinates are approximate and unverified: so is the distance.",
                "Coördinaten zijn bij benadering en niet geverifieerd: de afstand dus ook.",
              ),
            ]
          : []),
        ...(own.leftOut > 0
          ? [
              text(
                `${own.leftOut} of its headquarters have no coordinates and are left out.`,
                `${own.leftOut} van de hoofdkwartieren hebben geen coördinaten en tellen niet mee.`,
              ),
            ]
          : []),
      ],
    },
  );
}
