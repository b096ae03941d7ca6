import type { Dataset, Mission, PersonnelFigure } from "@inzet/data";
import { figuresFor, LABELS } from "@inzet/data/queries";
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

/** Every figure for the mission, oldest first: when, how many as worded, what was counted, source. */
export function figureRows(ds: Dataset, m: Mission, notes: Footnotes, view: View): string[][] {
  return figuresFor(ds, { mission: m.id }).map((f) => [
    formatAsOf(f.asOf, view),
    figureText(f.quantity, view),
    f.quantity.wording ? quoted(f.quantity.wording.text, view) : "",
    `${details(f, view)}${notes.cite([f.citation])}`,
  ]);
}
