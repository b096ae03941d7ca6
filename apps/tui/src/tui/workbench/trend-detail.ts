// The Trend view's detail pane: the selected year among all years, an edition with what it covers
// and its metrics, or a UN mission's months; each with its sources.
import type { Citation, Dataset, UiLang } from "@inzet/data";
import { formatCitation } from "@inzet/data/queries";
import { countText } from "../../commands/trend.js";
import { footnotes } from "../../output/footnotes.js";
import { formatDate, joinList, local } from "../../output/format.js";
import { concentrationText, type EditionRow } from "../../workbench/trend.js";
import { citationLines, citationText } from "../lib/cited.js";
import {
  blank,
  heading,
  type Line,
  labelled,
  labelWidthFor,
  paragraph,
  part,
} from "../lib/lines.js";
import { textView } from "../lib/view-text.js";
import { fit } from "../lib/wrap.js";
import { letterShort, type TrendItem, type TrendModel } from "./trend-model.js";
import { monthlyDetail } from "./trend-monthly.js";

const sourceLines = (notes: ReturnType<typeof footnotes>, width: number, lang: UiLang) => [
  blank,
  ...heading(textView(lang).t("common.sources"), width),
  ...notes.render().flatMap((line) => paragraph(line, width, "dim")),
];

/** Every year as bars, the selected one marked, then its counts with their source. */
function yearDetail(
  ds: Dataset,
  m: TrendModel,
  item: TrendItem & { kind: "year" },
  lang: UiLang,
  width: number,
): Line[] {
  const view = textView(lang);
  const { t } = view;
  const { row } = item;
  const bar = (n: number | undefined) =>
    n === undefined ? "" : "█".repeat(Math.min(n, Math.max(1, Math.floor((width - 12) / 2) - 4)));
  const value = (c: (typeof row)["civilian"]) =>
    c?.count.qualifier === "exact" ? c.count.value : undefined;
  const half = Math.max(6, Math.floor((width - 7) / 2));
  const chart: Line[] = [
    [
      part(`  ${fit(t("trend.year"), 5)}`, "label"),
      part(fit(t("trend.civilian"), half), "label"),
      part(t("trend.military"), "label"),
    ],
    ...m.trend.years.map((r): Line => {
      const mark = r.year === row.year ? "›" : " ";
      const civ = value(r.civilian);
      const mil = value(r.military);
      return [
        part(`${mark} ${fit(String(r.year), 5)}`, r.year === row.year ? "heading" : "plain"),
        part(
          fit(civ === undefined ? "?" : `${String(civ).padStart(2)} ${bar(civ)}`, half),
          "accent",
        ),
        part(mil === undefined ? "?" : `${String(mil).padStart(2)} ${bar(mil)}`, "accent"),
      ];
    }),
  ];
  const counts = [row.civilian, row.military];
  const cited = row.military ?? row.civilian;
  const lw = labelWidthFor([t("trend.civilian"), t("trend.military")], width);
  return [
    ...heading(t("tui.trend.yearTitle", { year: row.year }), width),
    ...chart,
    ...paragraph(t("tui.trend.unknownBar"), width, "dim"),
    blank,
    ...labelled(t("trend.civilian"), countText(row.civilian, view), width, lw),
    ...labelled(t("trend.military"), countText(row.military, view), width, lw),
    ...counts.flatMap((c) => (c?.note ? paragraph(local(c.note, view), width, "dim") : [])),
    blank,
    ...(cited ? citationLines(ds, cited.citation, lang, width) : []),
  ];
}

function editionDetail(ds: Dataset, row: EditionRow, lang: UiLang, width: number): Line[] {
  const view = textView(lang);
  const { t } = view;
  const notes = footnotes(ds, view);
  const { edition, missions, metrics } = row;
  const unknown = t("common.unknown");
  const cite = (cs: readonly Citation[]) => notes.cite(cs);
  const rows: [string, string][] = [
    [t("trend.editions.year"), String(edition.reportingYear)],
    [
      t("trend.editions.letter"),
      `${letterShort(ds, row, lang)}${cite([{ source: edition.letter }])}`,
    ],
    [
      t("trend.editions.sent"),
      edition.date
        ? `${formatDate(edition.date.value, view)}${cite(edition.date.citations)}`
        : unknown,
    ],
    [
      t("trend.editions.missions"),
      metrics.missions === null
        ? missions.length === 0
          ? unknown
          : t("trend.editions.namedOnly", {
              names: joinList(
                missions.map((x) => x.acronym),
                view,
              ),
            })
        : `${metrics.missions}: ${joinList(
            missions.map((x) => x.acronym),
            view,
          )}${cite(metrics.citations.missions)}`,
    ],
    [
      t("trend.editions.groups"),
      metrics.groups === null ? unknown : `${metrics.groups}${cite(metrics.citations.groups)}`,
    ],
    [
      t("trend.editions.concentration"),
      metrics.concentration === null
        ? unknown
        : `${concentrationText(metrics.concentration, lang)}${cite(metrics.citations.concentration)}`,
    ],
  ];
  if (edition.annex)
    rows.splice(2, 0, [
      t("tui.trend.annex"),
      `${formatCitation(ds, { source: edition.annex }, lang)}`,
    ]);
  const lw = labelWidthFor(
    rows.map(([label]) => label),
    width,
  );
  return [
    ...heading(local(edition.title, view), width),
    ...rows.flatMap(([label, value]) => labelled(label, value, width, lw)),
    ...(edition.note ? [blank, ...paragraph(local(edition.note, view), width, "dim")] : []),
    ...paragraph(t("trend.editions.note"), width, "dim"),
    ...sourceLines(notes, width, lang),
  ];
}

export function trendDetail(
  ds: Dataset,
  m: TrendModel,
  cursor: number,
  lang: UiLang,
  width: number,
): Line[] {
  const item = m.items[cursor];
  if (!item) return [];
  switch (item.kind) {
    case "year":
      return yearDetail(ds, m, item, lang, width);
    case "edition":
      return editionDetail(ds, item.row, lang, width);
    case "monthly":
      return monthlyDetail(ds, item.series, lang, width);
  }
}

/** What `y` copies: the selected item's source with its words. */
export function trendCopy(ds: Dataset, m: TrendModel, cursor: number, lang: UiLang) {
  const item = m.items[cursor];
  if (!item) return undefined;
  const c =
    item.kind === "year"
      ? (item.row.military ?? item.row.civilian)?.citation
      : item.kind === "edition"
        ? (item.row.edition.date?.citations[0] ?? { source: item.row.edition.letter })
        : item.series.points.at(-1)?.figure.citation;
  return c ? citationText(ds, c, lang) : undefined;
}
