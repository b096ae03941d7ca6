import type { Dataset } from "@inzet/data";
import {
  citationLocator,
  formatQuantity,
  getSource,
  quantityBounds,
  sourceLabel,
} from "@inzet/data/queries";
import Papa from "papaparse";
import { monthlyTotals } from "./un-monthly";

// The trend page's two series as files (/data/mission-counts.csv, /data/un-monthly.json, …),
// written at build time like the dataset's own downloads. Every row keeps its source.

type Row = Record<string, string | number | null>;

// RFC 4180 with CRLF, as the dataset's CSV tables are written (papaparse quotes what needs it).
function toCsv(rows: Row[], columns: readonly string[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? "")) },
    { newline: "\r\n" },
  );
}

const COUNT_COLUMNS = [
  "id",
  "year",
  "kind",
  "count",
  "qualifier",
  "low",
  "high",
  "wording",
  "source",
  "locator",
  "quote",
] as const;

/** The official count of missions per year and kind; unknown ("N/A") stays unknown, not 0. */
export function missionCountRows(ds: Dataset): Row[] {
  return [...ds.missionCounts]
    .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind))
    .map((c) => {
      const { low, high } = quantityBounds(c.count);
      const unknown = c.count.qualifier === "unknown";
      const source = getSource(ds, c.citation.source);
      return {
        id: c.id,
        year: c.year,
        kind: c.kind,
        count: formatQuantity(c.count),
        qualifier: c.count.qualifier,
        low: unknown ? null : low,
        high: unknown ? null : high,
        wording: c.count.wording?.text ?? null,
        source: source ? sourceLabel(ds, source) : c.citation.source,
        locator: citationLocator(c.citation, "en") ?? null,
        quote: c.citation.quote?.text ?? null,
      };
    });
}

const MONTHLY_COLUMNS = [
  "id",
  "mission",
  "acronym",
  "month",
  "total",
  "source",
  "locator",
] as const;

/** The UN's month-end totals of Dutch uniformed personnel per UN mission. */
export function unMonthlyRows(ds: Dataset): Row[] {
  return monthlyTotals(ds).flatMap(({ mission, source, points }) => {
    const s = getSource(ds, source);
    return points.map((p) => ({
      id: p.figure.id,
      mission: mission.id,
      acronym: mission.acronym,
      month: p.month,
      total: p.value,
      source: s ? sourceLabel(ds, s) : source,
      locator: citationLocator(p.figure.citation, "en") ?? null,
    }));
  });
}

/** The files, by name; each JSON names the sources its rows cite, in full. */
export const TREND_FILES = {
  "mission-counts.csv": (ds: Dataset) => toCsv(missionCountRows(ds), COUNT_COLUMNS),
  "mission-counts.json": (ds: Dataset) =>
    json(
      ds,
      { missionCounts: ds.missionCounts },
      ds.missionCounts.map((c) => c.citation.source),
    ),
  "un-monthly.csv": (ds: Dataset) => toCsv(unMonthlyRows(ds), MONTHLY_COLUMNS),
  "un-monthly.json": (ds: Dataset) => {
    const series = monthlyTotals(ds).map(({ mission, source, points }) => ({
      mission: mission.id,
      acronym: mission.acronym,
      source,
      points: points.map((p) => ({ month: p.month, total: p.value, figure: p.figure })),
    }));
    return json(
      ds,
      { series },
      series.map((s) => s.source),
    );
  },
} as const;

function json(ds: Dataset, body: object, sourceIds: readonly string[]): string {
  const ids = new Set(sourceIds);
  const sources = ds.sources.filter((s) => ids.has(s.id));
  return `${JSON.stringify({ dataset: { title: ds.meta.title, version: ds.meta.version }, ...body, sources }, null, 2)}\n`;
}
