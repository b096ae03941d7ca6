import type { LocalizedText, PartialDate, Period, Quantity } from "@inzet/data";
import { formatQuantity } from "@inzet/data";
import type { View } from "./view.js";

// Dates are shown as the source gives them (2014, 1956-07, 2015-01-30): no invented precision.
export function formatDate(date: PartialDate): string {
  return date;
}

export function formatAsOf(asOf: PartialDate | Period, { t }: View): string {
  if (typeof asOf === "string") return formatDate(asOf);
  if (asOf.to === undefined) return t("common.openPeriod", { from: formatDate(asOf.from) });
  return t("common.period", { from: formatDate(asOf.from), to: formatDate(asOf.to) });
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
