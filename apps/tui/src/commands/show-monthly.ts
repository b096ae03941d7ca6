import type { Dataset, Mission } from "@inzet/data";
import {
  formatCitation,
  formatPartialDate,
  getSource,
  LABELS,
  monthlySeries,
  seriesMonths,
} from "@inzet/data/queries";
import type { Footnotes } from "../output/footnotes.js";
import { local } from "../output/format.js";
import { sparkline } from "../output/sparkline.js";
import type { View } from "../output/view.js";
import { displayWidth } from "../output/width.js";

/** A line of the monthly series, by what it is, so the CLI and the pane can each style it. */
export type MonthlyLine = {
  text: string;
  kind: "category" | "spark" | "axis" | "note";
  /** The month's total over the categories: shown stronger. */
  total?: boolean;
};

const INDENT = "  ";

/**
 * A mission's monthly figures per category: a line that names the category with its lowest,
 * highest, first and last figure, its sparkline, the months under the lines, and the source
 * with its note marker. `width` is the room in columns; without one, a character per month.
 */
export function monthlyLines(
  ds: Dataset,
  m: Mission,
  notes: Footnotes,
  view: View,
  width?: number,
): MonthlyLine[] {
  const series = monthlySeries(ds, m.id);
  if (series.length === 0) return [];
  const { t, lang } = view;
  const months = seriesMonths(series);
  const month = (m: string) => formatPartialDate(m, lang, "short");
  const room = width === undefined ? months.length : Math.max(12, width - INDENT.length);
  const lines: MonthlyLine[] = [];
  let perChar = 1;
  let sparkWidth = 0;
  for (const c of series) {
    const byMonth = new Map(c.points.map((p) => [p.month, p.value]));
    const spark = sparkline(
      months.map((mo) => byMonth.get(mo)),
      room,
    );
    perChar = spark.perChar;
    sparkWidth = spark.text.length;
    const values = c.points.map((p) => p.value);
    const first = c.points[0];
    const last = c.points.at(-1);
    const label = c.role ? local(c.role, view) : LABELS.scope[c.scope][lang];
    lines.push({
      kind: "category",
      total: c.isTotal,
      text: t("monthly.category", {
        label,
        min: Math.min(...values),
        max: Math.max(...values),
        first: first?.value ?? 0,
        firstMonth: first ? month(first.month) : "",
        last: last?.value ?? 0,
        lastMonth: last ? month(last.month) : "",
      }),
    });
    lines.push({ kind: "spark", total: c.isTotal, text: `${INDENT}${spark.text}` });
  }
  const from = month(months[0] ?? "");
  const to = month(months.at(-1) ?? "");
  const gap = sparkWidth - displayWidth(from) - displayWidth(to);
  lines.push({
    kind: "axis",
    text: `${INDENT}${gap >= 1 ? `${from}${" ".repeat(gap)}${to}` : `${from} – ${to}`}`,
  });
  lines.push({
    kind: "note",
    text: perChar === 1 ? t("monthly.scale") : t("monthly.scaleGrouped", { months: perChar }),
  });
  for (const source of new Set(series.map((c) => c.source))) {
    const via = (getSource(ds, source)?.accessedVia ?? []).map((a) => a.publisher ?? a.url);
    const name = formatCitation(ds, { source }, lang);
    const text =
      via.length > 0
        ? t("monthly.source", { source: name, via: via.join("; ") })
        : t("monthly.sourceDirect", { source: name });
    lines.push({ kind: "note", text: `${text}${notes.cite([{ source }])}` });
  }
  return lines;
}
