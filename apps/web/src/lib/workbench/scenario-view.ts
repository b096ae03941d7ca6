import {
  type Assessment,
  answerTokenQuestion,
  type Column,
  type ContributionReport,
  compareScenarios,
  contributionIndicators,
  formatInterval,
  type Interval,
  type MetricId,
  type Portfolio,
  type Scenario,
} from "@inzet/analysis";
import { type Bounds, formatBounds, formatCitation, formatQuantity } from "@inzet/data/queries";
import type { Locale } from "../../i18n/routing";
import { niceCeil } from "../scale";
import { ratingCells } from "./ratings-view";
import type {
  ComparisonResult,
  EditorContribution,
  EditorGroup,
  GroupBarsView,
  IntervalPair,
  MetricRowView,
  TokenQuestionView,
  TokenRow,
} from "./scenario-types";

// The scenarios page's figures: the baseline and scenarios side by side, and the token question.
// Runs on the server for the baseline, and in the browser (loaded with import()) on each change.

const DIGITS: Record<MetricId, { digits: number; percent?: boolean }> = {
  contributions: { digits: 0 },
  groups: { digits: 0 },
  regions: { digits: 0 },
  countries: { digits: 0 },
  personnel: { digits: 0 },
  tokenShare: { digits: 0, percent: true },
  concentration: { digits: 2 },
};

function metricText(column: Column, id: MetricId, lang: Locale): string {
  // Personnel keeps the data package's wording of sums ("≥ ≈ 73", "+ 2 unknown").
  if (id === "personnel") return formatBounds(column.metrics.personnel.bounds, { lang });
  return formatInterval(column.metrics[id].value, { lang, ...DIGITS[id] });
}

const shareText = (i: Interval | null, lang: Locale) =>
  formatInterval(i, { lang, digits: 0, percent: true });

function groupBars(columns: Column[], lang: Locale): GroupBarsView[] {
  const keys = [...new Set(columns.flatMap((c) => c.metrics.byGroup.map((g) => g.key)))];
  return keys.map((key) => {
    const found = columns.map((c) => c.metrics.byGroup.find((g) => g.key === key));
    const first = found.find((g) => g !== undefined);
    return {
      key,
      name: first?.name[lang] ?? key,
      bars: found.map((g) =>
        g
          ? {
              low: g.personnel.low,
              high: g.personnel.high,
              approximate: g.personnel.approximate,
              text: formatBounds(g.personnel, { lang }),
              share: shareText(g.share, lang),
            }
          : null,
      ),
    };
  });
}

function axisMax(groups: GroupBarsView[]): number {
  const values = groups.flatMap((g) => g.bars.flatMap((b) => (b ? [b.low, b.high ?? 0] : [])));
  return niceCeil(Math.max(10, ...values) * 1.15);
}

/** The baseline and each scenario (up to three), every metric as the interval it allows. */
export function comparisonView(
  base: Portfolio,
  scenarios: readonly Scenario[],
  lang: Locale,
): ComparisonResult {
  const result = compareScenarios(base, scenarios);
  if (!result.ok) return { ok: false, issues: result.issues.map((i) => i.message[lang]) };
  const { columns } = result.comparison;
  const rows = result.comparison.rows.map(
    (r): MetricRowView => ({
      id: r.id,
      name: r.name[lang],
      definition: r.definition[lang],
      values: columns.map((c) => metricText(c, r.id, lang)),
      changed: r.changed,
    }),
  );
  const groups = groupBars(columns, lang);
  return {
    ok: true,
    view: { columns: scenarios.map((s) => s.name), rows, groups, axisMax: axisMax(groups) },
  };
}

/** The contributions and groups the editor offers, as the sources word their figures. */
export function editorContributions(p: Portfolio, lang: Locale): EditorContribution[] {
  return p.contributions.map((c) => ({
    id: c.id,
    label: c.label,
    name: c.mission?.name[lang] ?? c.label,
    group: c.group,
    figure: formatQuantity(c.quantity, { lang, style: "words" }),
    personnel: formatBounds(personnelBounds(p, c.id), { lang }),
  }));
}

export function editorGroups(p: Portfolio, lang: Locale): EditorGroup[] {
  return [...p.groups.values()]
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ id: g.id, name: g.name[lang] }));
}

function personnelBounds(p: Portfolio, id: string): Bounds {
  const v = contributionIndicators(p, id)?.personnel.value;
  return (
    v?.bounds ?? { low: 0, high: null, best: null, approximate: false, unknownParts: 1, parts: 1 }
  );
}

const TOKEN_WORDS = {
  en: { yes: "at most {n}", no: "more than {n}", indeterminate: "undecided" },
  nl: { yes: "ten hoogste {n}", no: "meer dan {n}", indeterminate: "onbeslist" },
} as const;

function tokenRow(
  p: Portfolio,
  r: ContributionReport,
  because: TokenRow["because"],
  threshold: number,
  lang: Locale,
): TokenRow {
  const personnel = contributionIndicators(p, r.id)?.personnel;
  const cells = r.assessment ? ratingCells(r.assessment, p.dataset, lang) : null;
  return {
    id: r.id,
    label: r.label,
    group: r.group?.[lang] ?? "",
    personnel: formatBounds(r.personnel, { lang }),
    token: TOKEN_WORDS[lang][r.token].replace("{n}", String(threshold)),
    because,
    sources: [
      ...new Set((personnel?.citations ?? []).map((c) => formatCitation(p.dataset, c, lang))),
    ],
    ratings: cells?.ratings ?? null,
    score: cells?.score ?? null,
  };
}

/**
 * "If we ended every contribution of five or fewer outside the two largest groups…": what would
 * be ended, what the figures leave undecided, and what would remain, before and after.
 */
export function tokenQuestionView(
  p: Portfolio,
  assessment: Assessment | null,
  lang: Locale,
  { keep = 2, threshold = 5 }: { keep?: number; threshold?: number } = {},
): TokenQuestionView {
  const a = answerTokenQuestion(p, {
    keep,
    threshold,
    ...(assessment ? { assessment } : {}),
  });
  const base = a.comparison.columns[0]?.metrics;
  const pair = (before: Interval | null, after: Interval | null, digits = 0): IntervalPair => ({
    before: formatInterval(before, { lang, digits }),
    after: formatInterval(after, { lang, digits }),
  });
  const named = (rank: string) =>
    a.plan.ranks.filter((r) => r.rank === rank).map((r) => r.name[lang]);
  return {
    keep,
    threshold,
    scenario: a.plan.scenario,
    widest: a.plan.widest,
    largest: named("in"),
    undecidedGroups: named("undecided"),
    ended: a.ended.map((r) => tokenRow(p, r, [], threshold, lang)),
    indeterminate: a.indeterminate.map((r) => tokenRow(p, r, r.because, threshold, lang)),
    remaining: {
      contributions: pair(base?.contributions.value ?? null, a.remaining.contributions),
      groups: pair(base?.groups.value ?? null, a.remaining.groups),
      regions: pair(base?.regions.value ?? null, a.remaining.regions),
      concentration: pair(base?.concentration.value ?? null, a.remaining.concentration, 2),
    },
  };
}
