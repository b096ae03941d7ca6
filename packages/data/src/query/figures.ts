import type { Dataset } from "../model/dataset.js";
import { compareDates, firstDay, yearSpan } from "../model/dates.js";
import type { PersonnelFigure } from "../model/figure.js";
import type { ClusterId, MissionId } from "../model/ids.js";
import { STRENGTH_BASES } from "../quantity/bases.js";

/** Whose figures: a mission's or a cluster's, by the id the dataset gives it. */
export type FigureSubject = { mission: MissionId } | { cluster: ClusterId };

function startOf(f: PersonnelFigure): string {
  return firstDay(typeof f.asOf === "string" ? f.asOf : f.asOf.from);
}

/** A mission's or cluster's figures, oldest first. */
export function figuresFor(ds: Dataset, subject: FigureSubject): PersonnelFigure[] {
  const match =
    "mission" in subject
      ? (f: PersonnelFigure) => f.mission === subject.mission
      : (f: PersonnelFigure) => f.cluster === subject.cluster;
  return ds.figures.filter(match).sort((a, b) => compareDates(startOf(a), startOf(b)));
}

/** True when a figure counts people present (or its basis is not stated), not a plan or a total. */
export function isStrength(f: PersonnelFigure): boolean {
  if (f.status === "planned") return false;
  return f.quantity.basis === undefined || STRENGTH_BASES.includes(f.quantity.basis);
}

/**
 * The figure for `year`: the strength a source gives for that year — a dated figure before a
 * period, a later date before an earlier — or, when no source gives one, the figure that records
 * it as unknown. Plans, maxima, offers and cumulative totals are never "the figure for the year".
 * Undefined when no figure covers the year at all.
 */
export function figureForYear(
  ds: Dataset,
  subject: FigureSubject,
  year: number,
): PersonnelFigure | undefined {
  const covering = figuresFor(ds, subject).filter((f) => {
    const [from, to] = yearSpan(f.asOf);
    return from <= year && year <= to && isStrength(f);
  });
  const rank = (f: PersonnelFigure) =>
    (f.quantity.qualifier === "unknown" ? 0 : 4) + (typeof f.asOf === "string" ? 2 : 0);
  return covering.reduce<PersonnelFigure | undefined>((best, f) => {
    if (!best) return f;
    const diff = rank(f) - rank(best);
    return diff > 0 || (diff === 0 && startOf(f) >= startOf(best)) ? f : best;
  }, undefined);
}
