// The baseline and up to three scenarios side by side: every portfolio metric, with intervals.
import type { Bounds, LocalizedText, ValidationIssue } from "@inzet/data";
import type { Interval } from "../interval.js";
import { METRIC_IDS, METRICS, type MetricDefinition } from "../metrics/catalogue.js";
import { type MetricOptions, type PortfolioMetrics, portfolioMetrics } from "../metrics/metrics.js";
import type { Portfolio } from "../portfolio/portfolio.js";
import { applyScenario } from "./apply.js";
import type { Scenario } from "./schema.js";

export const MAX_COMPARED = 3;

export type Column = {
  name: string;
  scenario: Scenario | null;
  portfolio: Portfolio;
  metrics: PortfolioMetrics;
};

/** One metric across the columns; `changed[i]`: column i differs from the baseline (column 0). */
export type MetricRow = MetricDefinition & { values: (Interval | null)[]; changed: boolean[] };

/** One group's personnel across the columns; null where the group has no contribution. */
export type GroupRow = { key: string; name: LocalizedText; values: (Bounds | null)[] };

export type Comparison = { columns: Column[]; rows: MetricRow[]; groups: GroupRow[] };

export type CompareResult =
  | { ok: true; comparison: Comparison }
  | { ok: false; issues: ValidationIssue[] };

const same = (a: Interval | null, b: Interval | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.low === b.low &&
    a.high === b.high &&
    a.approximate === b.approximate);

/** Applies each scenario to the baseline and lines their metrics up beside the baseline's. */
export function compareScenarios(
  baseline: Portfolio,
  scenarios: readonly Scenario[],
  options: MetricOptions = {},
): CompareResult {
  if (scenarios.length > MAX_COMPARED)
    return {
      ok: false,
      issues: [
        {
          code: "schema",
          severity: "error",
          path: ["scenarios"],
          message: {
            en: `${scenarios.length} scenarios: at most ${MAX_COMPARED} can be compared.`,
            nl: `${scenarios.length} scenario's: er zijn er ten hoogste ${MAX_COMPARED} te vergelijken.`,
          },
          hint: { en: `Choose ${MAX_COMPARED} of them.`, nl: `Kies er ${MAX_COMPARED}.` },
        },
      ],
    };
  const columns: Column[] = [
    {
      name: "baseline",
      scenario: null,
      portfolio: baseline,
      metrics: portfolioMetrics(baseline, options),
    },
  ];
  const issues: ValidationIssue[] = [];
  scenarios.forEach((s, i) => {
    const applied = applyScenario(baseline, s);
    if (!applied.ok)
      issues.push(...applied.issues.map((x) => ({ ...x, path: ["scenarios", i, ...x.path] })));
    else
      columns.push({
        name: s.name,
        scenario: s,
        portfolio: applied.portfolio,
        metrics: portfolioMetrics(applied.portfolio, options),
      });
  });
  if (issues.length > 0) return { ok: false, issues };
  const rows = METRIC_IDS.map((id): MetricRow => {
    const values = columns.map((c) => c.metrics[id].value);
    return { ...METRICS[id], values, changed: values.map((v) => !same(v, values[0] ?? null)) };
  });
  const keys = [...new Set(columns.flatMap((c) => c.metrics.byGroup.map((g) => g.key)))];
  const groups = keys.map((key): GroupRow => {
    const found = columns.map((c) => c.metrics.byGroup.find((g) => g.key === key));
    const name = found.find((g) => g !== undefined)?.name ?? { en: key, nl: key };
    return { key, name, values: found.map((g) => g?.personnel ?? null) };
  });
  return { ok: true, comparison: { columns, rows, groups } };
}
