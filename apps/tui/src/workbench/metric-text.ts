import { type Column, formatInterval, type Interval, type MetricId } from "@inzet/analysis";
import type { UiLang } from "@inzet/data";
import { formatBounds } from "@inzet/data/queries";

/** A metric's interval as text: the index to two decimals, the share in per cent, counts whole. */
export function intervalText(id: MetricId, value: Interval | null, lang: UiLang): string {
  if (id === "concentration") return formatInterval(value, { lang, digits: 2 });
  if (id === "tokenShare") return formatInterval(value, { lang, percent: true });
  return formatInterval(value, { lang });
}

/** A column's metric as text; personnel as a sum that keeps "≈" and unknown parts ("≥ ≈ 73"). */
export function metricText(column: Column, id: MetricId, lang: UiLang): string {
  if (id === "personnel") return formatBounds(column.metrics.personnel.bounds, { lang });
  return intervalText(id, column.metrics[id].value, lang);
}
