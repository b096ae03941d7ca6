import type { LocalizedText, PartialDate, Period, Quantity } from "@inzet/data";
import { formatPartialDate, formatQuantity, yearSpan } from "@inzet/data/queries";
import type { View } from "./view.js";

/**
 * A date as precise as the source gives it, in the reader's language, as the dashboard shows it:
 * "2014", "July 1956" / "juli 1956", "20 May 2015" / "20 mei 2015" — never a day it did not give.
 */
export function formatDate(date: PartialDate, { lang }: View): string {
  return formatPartialDate(date, lang);
}

/** A period: "from July 1956 (no end given)" or "2012 – June 2014". */
export function formatPeriod(from: PartialDate, to: PartialDate | undefined, view: View): string {
  const a = formatDate(from, view);
  return to === undefined
    ? view.t("common.openPeriod", { from: a })
    : view.t("common.period", { from: a, to: formatDate(to, view) });
}

export function formatAsOf(asOf: PartialDate | Period, view: View): string {
  return typeof asOf === "string" ? formatDate(asOf, view) : formatPeriod(asOf.from, asOf.to, view);
}

/**
 * For a figure that speaks of another moment than `year`: " — as of 20 May 2015, not 2014", or,
 * when an evaluation reports it for `year`, " — reported for 2014; it describes 16 March – 20 May 2015".
 */
export function otherDate(
  { asOf, reportingYear }: { asOf: PartialDate | Period; reportingYear?: number | undefined },
  year: number,
  view: View,
): string {
  const [from, to] = yearSpan(asOf);
  if (from <= year && year <= to) return "";
  const date = formatAsOf(asOf, view);
  return reportingYear === year
    ? view.t("clusters.reportedFor", { date, year })
    : view.t("clusters.otherDate", { date, year });
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
