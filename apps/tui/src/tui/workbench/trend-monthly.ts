// A UN mission's monthly Dutch totals in the Trend view's detail pane.
import type { Dataset, UiLang } from "@inzet/data";
import { formatDate } from "../../output/format.js";
import { SPARK_GAP, sparkline } from "../../output/sparkline.js";
import type { MonthlyTotals } from "../../workbench/un-monthly.js";
import { citationLines } from "../lib/cited.js";
import { blank, heading, type Line, paragraph, part } from "../lib/lines.js";
import { textView } from "../lib/view-text.js";

/** The months as a sparkline, then a row per year: twelve months, "·" where none is given. */
export function monthlyDetail(ds: Dataset, s: MonthlyTotals, lang: UiLang, width: number): Line[] {
  const view = textView(lang);
  const { t } = view;
  const byMonth = new Map(s.points.map((p) => [p.month, p.value]));
  const years = [...new Set(s.months.map((m) => m.slice(0, 4)))];
  const cell = Math.max(3, Math.min(4, Math.floor((width - 6) / 12)));
  const table: Line[] = years.map(
    (y): Line => [
      part(`${y}  `, "label"),
      part(
        Array.from({ length: 12 }, (_, i) => {
          const month = `${y}-${String(i + 1).padStart(2, "0")}`;
          const inSpan = s.months.includes(month);
          const v = byMonth.get(month);
          return (v === undefined ? (inSpan ? SPARK_GAP : "") : String(v)).padStart(cell);
        }).join(""),
      ),
    ],
  );
  const first = s.points[0];
  const last = s.points.at(-1);
  return [
    ...heading(t("tui.trend.monthlyTitle", { mission: s.mission.acronym }), width),
    [part(sparkline(s.months.map((m) => byMonth.get(m) ?? null)).text, "accent")],
    ...paragraph(
      t("tui.trend.monthlySpan", {
        from: first ? formatDate(first.month, view) : "",
        to: last ? formatDate(last.month, view) : "",
        given: s.points.length,
        months: s.months.length,
      }),
      width,
    ),
    blank,
    [
      part(" ".repeat(6), "label"),
      part(Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(cell)).join(""), "label"),
    ],
    ...table,
    ...paragraph(t("trend.monthly.note"), width, "dim"),
    blank,
    ...(last ? citationLines(ds, { ...last.figure.citation }, lang, width) : []),
    ...(last ? paragraph(t("tui.trend.perMonth"), width, "dim") : []),
  ];
}
