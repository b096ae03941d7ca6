// `inzet trend`: the longer view, for people. Every table cites its sources.
import type { Citation, Dataset, MissionCount, UiLang } from "@inzet/data";
import { formatQuantity, getSource, identifierLabel } from "@inzet/data/queries";
import { type Footnotes, footnotes } from "../output/footnotes.js";
import { formatDate, local } from "../output/format.js";
import { sparkline } from "../output/sparkline.js";
import { renderTable } from "../output/table.js";
import type { View } from "../output/view.js";
import { concentrationText, type EditionRow, type Trend, trendOf } from "../workbench/trend.js";
import type { MonthlyTotals } from "../workbench/un-monthly.js";

/** "13", or "unknown (N/A)" where the source says it cannot tell. */
export function countText(count: MissionCount | undefined, view: View): string {
  if (!count) return view.t("common.unknown");
  const q = count.count;
  const text = formatQuantity(q, { lang: view.lang });
  return q.qualifier === "unknown" && q.wording ? `${text} (${q.wording.text})` : text;
}

const bar = (count: MissionCount | undefined) =>
  count?.count.qualifier === "exact" ? "█".repeat(Math.min(60, count.count.value)) : "";

/** The sources a cell rests on, once each; each point's own place is in --json and --csv. */
const sourcesOf = (citations: readonly (Citation | undefined)[]): Citation[] => [
  ...new Map(
    citations.flatMap((c) => (c ? [[c.source, { source: c.source }] as const] : [])),
  ).values(),
];

function yearsSection(trend: Trend, notes: Footnotes, view: View): string[] {
  const { t, style } = view;
  if (trend.years.length === 0) return [];
  const first = trend.years[0]?.year;
  const last = trend.years.at(-1)?.year;
  const cite = notes.cite(
    sourcesOf(trend.years.flatMap((r) => [r.civilian?.citation, r.military?.citation])),
  );
  const rows = trend.years.map((r) => [
    String(r.year),
    countText(r.civilian, view),
    bar(r.civilian),
    countText(r.military, view),
    bar(r.military),
  ]);
  return [
    style.bold(`${t("trend.years.title", { first: first ?? "", last: last ?? "" })}${cite}`),
    renderTable([t("trend.year"), t("trend.civilian"), "", t("trend.military"), ""], rows, view),
    style.dim(t("trend.years.note")),
    "",
  ];
}

function letterText(row: EditionRow, ds: Dataset, lang: UiLang): string {
  const source = getSource(ds, row.edition.letter);
  return source?.identifier ? identifierLabel(source.identifier, lang) : row.edition.letter;
}

function editionsSection(ds: Dataset, trend: Trend, notes: Footnotes, view: View): string[] {
  const { t, style, lang } = view;
  if (trend.editions.length === 0) return [];
  const unknown = t("common.unknown");
  const rows = trend.editions.map((row) => {
    const { edition, metrics } = row;
    const date = edition.date;
    return [
      String(edition.reportingYear),
      local(edition.title, view),
      letterText(row, ds, lang),
      date ? `${formatDate(date.value, view)}${notes.cite(sourcesOf(date.citations))}` : unknown,
      metrics.missions === null
        ? unknown
        : `${metrics.missions}${notes.cite(sourcesOf(metrics.citations.missions))}`,
      metrics.groups === null
        ? unknown
        : `${metrics.groups}${notes.cite(sourcesOf(metrics.citations.groups))}`,
      metrics.concentration === null
        ? unknown
        : `${concentrationText(metrics.concentration, lang)}${notes.cite(sourcesOf(metrics.citations.concentration))}`,
    ];
  });
  const headers = [
    "year",
    "edition",
    "letter",
    "sent",
    "missions",
    "groups",
    "concentration",
  ] as const;
  return [
    style.bold(t("trend.editions.title")),
    renderTable(
      headers.map((h) => t(`trend.editions.${h}`)),
      rows,
      view,
    ),
    style.dim(t("trend.editions.note")),
    "",
  ];
}

/** "Nov 2009", in the reader's language. */
const monthText = (month: string | undefined, view: View) => (month ? formatDate(month, view) : "");

/** The series' values month by month, null for a month without a figure. */
export function monthValues(series: MonthlyTotals): (number | null)[] {
  const byMonth = new Map(series.points.map((p) => [p.month, p.value]));
  return series.months.map((m) => byMonth.get(m) ?? null);
}

function monthlySection(trend: Trend, notes: Footnotes, view: View): string[] {
  const { t, style } = view;
  if (trend.monthly.length === 0) return [];
  const rows = trend.monthly.map((s) => {
    const values = s.points.map((p) => p.value);
    return [
      s.mission.acronym,
      monthText(s.months[0], view),
      monthText(s.months.at(-1), view),
      t("trend.monthly.coverage", { given: s.points.length, months: s.months.length }),
      Math.min(...values) === Math.max(...values)
        ? String(Math.min(...values))
        : `${Math.min(...values)}–${Math.max(...values)}`,
      `${sparkline(monthValues(s)).text}${notes.cite([{ source: s.source }])}`,
    ];
  });
  const headers = ["mission", "from", "to", "months", "range", "series"] as const;
  return [
    style.bold(t("trend.monthly.title")),
    renderTable(
      headers.map((h) => t(`trend.monthly.${h}`)),
      rows,
      view,
    ),
    style.dim(t("trend.monthly.note")),
    "",
  ];
}

/** Everything `inzet trend` prints for a person. */
export function trendView(ds: Dataset, view: View): string {
  const trend = trendOf(ds);
  const notes = footnotes(ds, view, { compact: true });
  const lines = [
    ...yearsSection(trend, notes, view),
    ...editionsSection(ds, trend, notes, view),
    ...monthlySection(trend, notes, view),
  ];
  const sources = notes.render();
  if (sources.length > 0) lines.push(view.style.bold(view.t("common.sources")), ...sources);
  return `${lines.join("\n")}\n`;
}
