import type { Dataset } from "@inzet/data";
import {
  type Footnotes,
  formatCitation,
  formatPartialDate,
  getSource,
  type SeriesCategory,
  seriesMonths,
} from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";

/** One personnel category, its value in each month of the series (undefined: no figure). */
export type MonthlyCategoryView = {
  key: string;
  label: string;
  isTotal: boolean;
  values: (number | undefined)[];
  min: number;
  max: number;
  /** The latest month with a figure: its count and its label. */
  last: { value: number; month: string };
};

/** A source of the series, named once in the page's notes. */
export type MonthlySourceView = { label: string; via: string[]; ref: number };

export type MonthlySeriesView = {
  /** Every month from the first to the last ("2009-11"), gaps included. */
  months: string[];
  /** The same months for people: "Nov 2009" / "nov 2009". */
  monthLabels: string[];
  categories: MonthlyCategoryView[];
  sources: MonthlySourceView[];
};

/** A mission's monthly series (`monthlySeries`) laid out by month; undefined when it has none. */
export function monthlySeriesView(
  ds: Dataset,
  series: readonly SeriesCategory[],
  locale: Locale,
  notes: Footnotes,
): MonthlySeriesView | undefined {
  if (series.length === 0) return undefined;
  const months = seriesMonths(series);
  const index = new Map(months.map((m, i) => [m, i]));
  const categories = series.map((c) => {
    const values: (number | undefined)[] = months.map(() => undefined);
    for (const p of c.points) values[index.get(p.month) ?? -1] = p.value;
    const present = c.points.map((p) => p.value);
    const latest = c.points.at(-1);
    return {
      key: c.key,
      label: c.role?.[locale] ?? c.scope,
      isTotal: c.isTotal,
      values,
      min: Math.min(...present),
      max: Math.max(...present),
      last: {
        value: latest?.value ?? 0,
        month: latest ? formatPartialDate(latest.month, locale, "short") : "",
      },
    };
  });
  // One note per source for the whole series; each month's row is in the data and the CSV.
  const sources = [...new Set(series.map((c) => c.source))].map((id) => ({
    label: formatCitation(ds, { source: id }, locale),
    via: (getSource(ds, id)?.accessedVia ?? []).map((a) => a.publisher ?? a.url),
    ref: notes.ref({ source: id }),
  }));
  return {
    months,
    monthLabels: months.map((m) => formatPartialDate(m, locale, "short")),
    categories,
    sources,
  };
}
