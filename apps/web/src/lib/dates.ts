import type { Period } from "@inzet/data";
import { formatPartialDate } from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";

/**
 * A figure's "as of": a date, a period "2012 – 2014", or an open one: `openTemplate` is the
 * translated "from {from}".
 */
export function formatAsOf(asOf: string | Period, locale: Locale, openTemplate: string): string {
  if (typeof asOf === "string") return formatPartialDate(asOf, locale);
  const from = formatPartialDate(asOf.from, locale);
  if (asOf.to === undefined) return openTemplate.replace("{from}", from);
  return `${from} – ${formatPartialDate(asOf.to, locale)}`;
}
