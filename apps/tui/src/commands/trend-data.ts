// `inzet trend --json` and `--csv`: every point of the longer view with its own citation.
import type { Citation, Dataset, MissionCount, Quantity, UiLang } from "@inzet/data";
import { citationLocator, formatQuantity, quantityBounds } from "@inzet/data/queries";
import { toCsv } from "../output/csv.js";
import { inertJson } from "../output/inert.js";
import type { View } from "../output/view.js";
import { concentrationText, trendOf } from "../workbench/trend.js";

const countJson = (c: MissionCount | undefined, lang: UiLang) =>
  c && {
    count: c.count,
    text: formatQuantity(c.count, { lang }),
    ...(c.note ? { note: c.note } : {}),
    citation: c.citation,
  };

/** The trend as JSON: the years, the editions with their metrics, the monthly totals. */
export function trendJson(ds: Dataset, { lang }: View): string {
  const trend = trendOf(ds);
  const json = {
    missionsPerYear: trend.years.map((r) => ({
      year: r.year,
      civilian: countJson(r.civilian, lang) ?? null,
      military: countJson(r.military, lang) ?? null,
    })),
    editions: trend.editions.map(({ edition, missions, metrics }) => ({
      id: edition.id,
      reportingYear: edition.reportingYear,
      title: edition.title,
      letter: edition.letter,
      annex: edition.annex ?? null,
      date: edition.date ?? null,
      missions: missions.map((m) => m.id),
      metrics: {
        missions: metrics.missions,
        groups: metrics.groups,
        concentration: metrics.concentration && {
          ...metrics.concentration,
          text: concentrationText(metrics.concentration, lang),
        },
        citations: metrics.citations,
      },
    })),
    unMonthly: trend.monthly.map((s) => ({
      mission: s.mission.id,
      acronym: s.mission.acronym,
      source: s.source,
      months: s.months,
      points: s.points.map((p) => ({
        month: p.month,
        value: p.value,
        figure: p.figure.id,
        citation: p.figure.citation,
      })),
    })),
  };
  return `${inertJson(JSON.stringify(json, null, 2))}\n`;
}

type Cell = string | number | boolean | null;
const HEADER = ["section", "key", "period", "measure", "low", "high", "text", "source", "locator"];

function quantityCells(q: Quantity, lang: UiLang): Cell[] {
  const b = quantityBounds(q);
  return [b.unknownParts > 0 ? null : b.low, b.high, formatQuantity(q, { lang })];
}

const where = (c: Citation | undefined, lang: UiLang): Cell[] =>
  c ? [c.source, citationLocator(c, lang) ?? ""] : ["", ""];

/** The trend as one long table: a row per count, edition metric and month. */
export function trendCsv(ds: Dataset, { lang, t }: View): string {
  const trend = trendOf(ds);
  const rows: Cell[][] = [];
  for (const r of trend.years)
    for (const kind of ["civilian", "military"] as const) {
      const c = r[kind];
      const cells = c ? quantityCells(c.count, lang) : [null, null, t("common.unknown")];
      rows.push([
        "missionsPerYear",
        kind,
        r.year,
        "missions",
        ...cells,
        ...where(c?.citation, lang),
      ]);
    }
  for (const { edition, metrics } of trend.editions) {
    const counts = [
      ["missions", metrics.missions, metrics.citations.missions[0]],
      ["groups", metrics.groups, metrics.citations.groups[0]],
    ] as const;
    for (const [measure, n, c] of counts)
      rows.push([
        "edition",
        edition.id,
        edition.reportingYear,
        measure,
        n,
        n,
        n === null ? t("common.unknown") : String(n),
        ...where(n === null ? undefined : c, lang),
      ]);
    const hhi = metrics.concentration;
    rows.push([
      "edition",
      edition.id,
      edition.reportingYear,
      "concentration",
      hhi?.low ?? null,
      hhi?.high ?? null,
      concentrationText(hhi, lang),
      ...where(metrics.citations.concentration[0], lang),
    ]);
  }
  for (const s of trend.monthly)
    for (const p of s.points)
      rows.push([
        "unMonthly",
        s.mission.id,
        p.month,
        "total",
        p.value,
        p.value,
        String(p.value),
        ...where(p.figure.citation, lang),
      ]);
  return toCsv(HEADER, rows);
}
