import type { LocalizedText, PartialDate, Period, Quantity } from "@inzet/data/queries";
import { formatQuantity, yearSpan } from "@inzet/data/queries";
import type { View } from "./view.js";

// Dates everywhere are shown as the source gives them (2014, 1956-07, 2015-01-30), in ISO form in
// both languages: localising "1956-07" as "Jul 1956" adds nothing, and inventing a day would mislead.
export function formatAsOf(asOf: PartialDate | Period, { t }: View): string {
  if (typeof asOf === "string") return asOf;
  if (asOf.to === undefined) return t("common.openPeriod", { from: asOf.from });
  return t("common.period", { from: asOf.from, to: asOf.to });
}

/** " — as of 2015-05-20, not 2014" for a figure that speaks of another moment than `year`. */
export function otherDate(asOf: PartialDate | Period, year: number, view: View): string {
  const [from, to] = yearSpan(asOf);
  if (from <= year && year <= to) return "";
  return view.t("clusters.otherDate", { date: formatAsOf(asOf, view), year });
}

export function local(text: LocalizedText, { lang }: View): string {
  return text[lang];
}

export function quoted(text: string, { t }: View): string {
  return t("common.quoted", { text });
}

export function joinList(items: readonly string[], { t }: View): string {
  return items.join(t("common.listSeparator"));
}

/** A figure as the source words it ("≈ 10"), or "unknown" where there is none. */
export function figureText(quantity: Quantity | undefined, view: View): string {
  return quantity ? formatQuantity(quantity, { lang: view.lang }) : view.t("common.unknown");
}
