import type { Dataset, Mission, PersonnelFigure } from "@inzet/data";
import {
  figureForYear,
  figuresFor,
  LABELS,
  monthlySeries,
  seriesFigureIds,
} from "@inzet/data/queries";
import type { Footnotes } from "../output/footnotes.js";
import { figureText, formatAsOf, local, quoted } from "../output/format.js";
import type { View } from "../output/view.js";

function details(f: PersonnelFigure, view: View): string {
  const { t, lang } = view;
  const parts = [t("show.scope", { value: LABELS.scope[f.scope][lang] })];
  if (f.quantity.basis)
    parts.push(t("show.basis", { value: LABELS.basis[f.quantity.basis][lang] }));
  if (f.role) parts.push(t("show.role", { value: local(f.role, view) }));
  if (f.note) parts.push(t("show.note", { value: local(f.note, view) }));
  return parts.join(" · ");
}

/**
 * The figures a mission lists one by one, oldest first: all but those its monthly series shows
 * (show-monthly.ts), keeping the year's figure with its own citation.
 */
export function listedFigures(ds: Dataset, m: Mission): PersonnelFigure[] {
  const year = figureForYear(ds, { mission: m.id }, ds.meta.year);
  const inSeries = seriesFigureIds(monthlySeries(ds, m.id));
  return figuresFor(ds, { mission: m.id }).filter((f) => !inSeries.has(f.id) || f.id === year?.id);
}

/** Each listed figure: when, how many as worded, what was counted, source. */
export function figureRows(ds: Dataset, m: Mission, notes: Footnotes, view: View): string[][] {
  return listedFigures(ds, m).map((f) => [
    formatAsOf(f.asOf, view),
    figureText(f.quantity, view),
    f.quantity.wording ? quoted(f.quantity.wording.text, view) : "",
    `${details(f, view)}${notes.cite([f.citation])}`,
  ]);
}
