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
 * Which of two figures for a year goes first (negative: `a`), by the rule in the README ("The
 * year's figure"): a known number before an unknown, a date before a period, the later date (or
 * period start) before the earlier, at the same date a total (scope "all") before a part.
 */
function yearOrder(a: PersonnelFigure, b: PersonnelFigure): number {
  const unknown = (f: PersonnelFigure) => (f.quantity.qualifier === "unknown" ? 1 : 0);
  const period = (f: PersonnelFigure) => (typeof f.asOf === "string" ? 0 : 1);
  const part = (f: PersonnelFigure) => (f.scope === "all" ? 0 : 1);
  return (
    unknown(a) - unknown(b) ||
    period(a) - period(b) ||
    compareDates(startOf(b), startOf(a)) ||
    part(a) - part(b)
  );
}

/**
 * The figure for `year`: among the strength figures (`isStrength`: never a plan, a maximum, an
 * offer or a cumulative total) dated in the year or over a period that covers it, the first by
 * `yearOrder`; among equals, the first in the data. Undefined when no figure covers the year.
 */
export function figureForYear(
  ds: Dataset,
  subject: FigureSubject,
  year: number,
): PersonnelFigure | undefined {
  return figuresFor(ds, subject)
    .filter((f) => {
      const [from, to] = yearSpan(f.asOf);
      return from <= year && year <= to && isStrength(f);
    })
    .reduce<PersonnelFigure | undefined>(
      (best, f) => (best === undefined || yearOrder(f, best) < 0 ? f : best),
      undefined,
    );
}
