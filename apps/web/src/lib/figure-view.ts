import {
  formatQuantity,
  isStrength,
  LABELS,
  type OriginalText,
  type PersonnelFigure,
  type Quantity,
} from "@inzet/data";
import type { Footnotes } from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";
import { formatAsOf } from "./dates";

export type FigureView = {
  id: string;
  asOf: string;
  quantity: Quantity;
  text: string;
  words: string;
  wording: OriginalText | undefined;
  basis: string | undefined;
  scope: string;
  role: string | undefined;
  note: string | undefined;
  ref: number;
  /** The figure the dashboard gives for the dataset's year. */
  isYearFigure: boolean;
  /** False for plans, maxima, offers, totals: context, not a strength. */
  isStrength: boolean;
  /** A size a source announces (an offer, a plan), not confirmed. */
  planned: boolean;
  /** No source a reader can check confirms it. */
  unverified: boolean;
};

/** A dated figure ready to show: as worded, its basis, scope and note, and its note number. */
export function figureView(
  f: PersonnelFigure,
  locale: Locale,
  notes: Footnotes,
  openPeriod: string,
  yearFigureId: string | undefined,
): FigureView {
  return {
    id: f.id,
    asOf: formatAsOf(f.asOf, locale, openPeriod),
    quantity: f.quantity,
    text: formatQuantity(f.quantity, { lang: locale }),
    words: formatQuantity(f.quantity, { lang: locale, style: "words" }),
    wording: f.quantity.wording,
    basis: f.quantity.basis && LABELS.basis[f.quantity.basis][locale],
    scope: LABELS.scope[f.scope][locale],
    role: f.role?.[locale],
    note: f.note?.[locale],
    ref: notes.ref(f.citation),
    isYearFigure: f.id === yearFigureId,
    isStrength: isStrength(f),
    planned: f.status === "planned",
    unverified: f.unverified === true,
  };
}
