// `inzet portfolio --json` and `--csv`: the same report for scripts, every interval as low and
// high (null: no upper bound), with the text a person reads beside it.
import type { Bounds } from "@inzet/data";
import { formatBounds } from "@inzet/data/queries";
import { toCsv } from "../output/csv.js";
import { inertJson } from "../output/inert.js";
import type { View } from "../output/view.js";
import { intervalText, metricText } from "../workbench/metric-text.js";
import type { PortfolioReport } from "../workbench/portfolio-report.js";
import { changeText } from "./portfolio.js";

// A contribution in no group is a group of its own, keyed by its id after a NUL.
const publicKey = (key: string) => (key.startsWith("\u0000") ? key.slice(1) : key);

const bounds = (b: Bounds | null, view: View) =>
  b && {
    low: b.low,
    high: b.high,
    approximate: b.approximate,
    text: formatBounds(b, { lang: view.lang }),
  };

/** The report as JSON: the columns, each metric with its definition, the groups, the token answer. */
export function portfolioJson(r: PortfolioReport, view: View): string {
  const { lang } = view;
  const columns = r.comparison.columns;
  const json = {
    asOf: r.baseline.asOf,
    threshold: r.threshold,
    keep: r.keep,
    contributions: r.baseline.contributions.map((c) => c.id),
    columns: r.kinds,
    operations: columns[r.kinds.indexOf("after")]?.scenario?.operations ?? [],
    metrics: r.comparison.rows.map((row) => ({
      id: row.id,
      name: row.name,
      definition: row.definition,
      values: columns.map((c) => {
        const v = c.metrics[row.id].value;
        return v && { ...v, text: metricText(c, row.id, lang) };
      }),
      changed: row.changed,
    })),
    groups: r.comparison.groups.map((g) => ({
      key: publicKey(g.key),
      name: g.name,
      personnel: g.values.map((b) => bounds(b, view)),
    })),
    tokenQuestion: r.token && {
      ranks: r.token.plan.ranks.map((g) => ({ ...g, key: publicKey(g.key) })),
      ended: r.token.plan.ended,
      indeterminate: r.token.plan.indeterminate,
      remaining: r.token.remaining,
    },
    affected: r.affected.map((a) => ({
      id: a.id,
      label: a.label,
      group: a.group,
      personnel: bounds(a.personnel, view),
      personnelCitations: a.personnelCitations,
      token: a.token,
      changes: a.changes.map((c) => ({ ...c, text: changeText(r, c, view) })),
      assessment: a.assessment && {
        ratings: a.assessment.ratings.map((x) => ({
          consideration: x.consideration.id,
          rating: x.rating,
          label: x.label,
          rationale: x.rationale,
          evidence: x.evidence,
          author: x.author,
          date: x.date,
        })),
        weightedScore: a.assessment.weightedScore,
      },
    })),
  };
  return `${inertJson(JSON.stringify(json, null, 2))}\n`;
}

const HEADER = ["section", "key", "name", "column", "low", "high", "approximate", "text"];

/** The report as one long table: a row per metric, group or rating and column. */
export function portfolioCsv(r: PortfolioReport, view: View): string {
  const { lang } = view;
  const columns = r.comparison.columns;
  const rows: (string | number | boolean | null)[][] = [];
  for (const row of r.comparison.rows)
    columns.forEach((c, i) => {
      const v = c.metrics[row.id].value;
      rows.push([
        "metric",
        row.id,
        row.name[lang],
        r.kinds[i] ?? "",
        v?.low ?? null,
        v?.high ?? null,
        v?.approximate ?? null,
        row.id === "personnel" ? metricText(c, row.id, lang) : intervalText(row.id, v, lang),
      ]);
    });
  for (const g of r.comparison.groups)
    g.values.forEach((b, i) => {
      rows.push([
        "group",
        publicKey(g.key),
        g.name[lang],
        r.kinds[i] ?? "",
        b?.low ?? null,
        b?.high ?? null,
        b?.approximate ?? null,
        b ? formatBounds(b, { lang }) : "",
      ]);
    });
  for (const a of r.affected)
    for (const x of a.assessment?.ratings ?? [])
      rows.push([
        "rating",
        a.id,
        x.consideration.id,
        "",
        x.rating,
        x.rating,
        false,
        x.label?.[lang] ?? "",
      ]);
  return toCsv(HEADER, rows);
}
