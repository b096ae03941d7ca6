import type { Dataset } from "../model/dataset.js";
import { firstDay, yearSpan } from "../model/dates.js";
import type { PersonnelFigure } from "../model/figure.js";

function startOf(f: PersonnelFigure): string {
  return firstDay(typeof f.asOf === "string" ? f.asOf : f.asOf.from);
}

/** A mission's or cluster's figures, oldest first. */
export function figuresFor(
  ds: Dataset,
  subject: { mission: string } | { cluster: string },
): PersonnelFigure[] {
  const match =
    "mission" in subject
      ? (f: PersonnelFigure) => f.mission === subject.mission
      : (f: PersonnelFigure) => f.cluster === subject.cluster;
  return ds.figures.filter(match).sort((a, b) => startOf(a).localeCompare(startOf(b)));
}

/**
 * The figure that speaks of `year`: a known figure beats an unknown one, a dated one beats a
 * period, a later date beats an earlier. Undefined when no figure covers the year at all.
 */
export function figureForYear(
  ds: Dataset,
  subject: { mission: string } | { cluster: string },
  year: number,
): PersonnelFigure | undefined {
  const covering = figuresFor(ds, subject).filter((f) => {
    const [from, to] = yearSpan(f.asOf);
    return from <= year && year <= to;
  });
  const rank = (f: PersonnelFigure) =>
    (f.quantity.qualifier === "unknown" ? 0 : 4) + (typeof f.asOf === "string" ? 2 : 0);
  return covering.reduce<PersonnelFigure | undefined>((best, f) => {
    if (!best) return f;
    const diff = rank(f) - rank(best);
    return diff > 0 || (diff === 0 && startOf(f) >= startOf(best)) ? f : best;
  }, undefined);
}
