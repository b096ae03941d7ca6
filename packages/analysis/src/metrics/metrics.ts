import type { LocalizedText } from "@inzet/data";
import type { Bounds } from "@inzet/data/queries";
import { exactly, type Interval, pointOf } from "../interval.js";
import type { Contribution, Group, Portfolio } from "../portfolio/portfolio.js";
import { TOKEN_THRESHOLD, tokenAnswer } from "../portfolio/token.js";
import { type Span, toBounds } from "../span.js";
import { METRICS, type MetricDefinition, type MetricId } from "./catalogue.js";
import { hhiMaximum, hhiMinimum } from "./concentration.js";
import { groupTotals, totalOf } from "./group-totals.js";
import { shareRange } from "./share.js";

/** A portfolio metric: its definition and the interval the figures allow (null: unknown). */
export type Metric = MetricDefinition & { value: Interval | null; point: number | null };

export type GroupMetrics = {
  /** The group's id; a contribution in no group is a group of its own under its own key. */
  key: string;
  group: Group | null;
  /** The group's name; for a contribution in no group, its own label. */
  name: LocalizedText;
  contributions: readonly string[];
  personnel: Bounds;
  share: Interval | null;
  /** A group figure and its members' figures contradict each other (see README). */
  conflict: boolean;
};

export type PortfolioMetrics = {
  contributions: Metric;
  groups: Metric;
  regions: Metric;
  countries: Metric;
  personnel: Metric & { bounds: Bounds };
  tokenShare: Metric & { threshold: number; yes: string[]; no: string[]; indeterminate: string[] };
  concentration: Metric;
  byGroup: GroupMetrics[];
};

const metric = (id: MetricId, value: Interval | null): Metric => ({
  ...METRICS[id],
  value,
  point: pointOf(value),
});

/** Distinct keys, plus one possible new key for every contribution whose keys are unknown. */
function distinct(
  cs: readonly Contribution[],
  keysOf: (c: Contribution) => readonly string[],
): Interval {
  const seen = new Set<string>();
  let unknown = 0;
  for (const c of cs) {
    const keys = keysOf(c);
    if (keys.length === 0) unknown++;
    for (const k of keys) seen.add(k);
  }
  return { low: seen.size, high: seen.size + unknown, approximate: false };
}

const soft = (s: Span) => s.lowSoft || s.highSoft;

export type MetricOptions = { tokenThreshold?: number };

/** Every portfolio metric, each as the interval its figures allow. */
export function portfolioMetrics(
  p: Portfolio,
  { tokenThreshold = TOKEN_THRESHOLD }: MetricOptions = {},
): PortfolioMetrics {
  const cs = p.contributions;
  const groups = groupTotals(p);
  const total = totalOf(p, cs);
  const tokens = { yes: [] as string[], no: [] as string[], indeterminate: [] as string[] };
  for (const c of cs) tokens[tokenAnswer(c.personnel.span, tokenThreshold)].push(c.id);
  const n = cs.length;
  const box = groups.map((g) => g.span);
  const low = hhiMinimum(box);
  const high = hhiMaximum(box);
  const approximate = groups.some((g) => soft(g.span));
  const bounds = toBounds(total.span);
  return {
    contributions: metric("contributions", exactly(n)),
    groups: metric("groups", exactly(groups.length)),
    regions: metric(
      "regions",
      distinct(cs, (c) => c.regions),
    ),
    countries: metric(
      "countries",
      distinct(cs, (c) => c.countries),
    ),
    personnel: {
      ...metric("personnel", {
        low: bounds.low,
        high: bounds.high,
        approximate: bounds.approximate,
      }),
      bounds,
    },
    tokenShare: {
      ...metric(
        "tokenShare",
        n === 0
          ? null
          : {
              low: tokens.yes.length / n,
              high: (tokens.yes.length + tokens.indeterminate.length) / n,
              approximate: false,
            },
      ),
      threshold: tokenThreshold,
      ...tokens,
    },
    concentration: metric(
      "concentration",
      low === null || high === null ? null : { low: low.value, high, approximate },
    ),
    byGroup: groups.map((g, i) => ({
      key: g.key,
      group: p.groups.get(g.key) ?? null,
      name: p.groups.get(g.key)?.name ?? {
        en: g.members[0]?.label ?? g.key,
        nl: g.members[0]?.label ?? g.key,
      },
      contributions: g.members.map((c) => c.id),
      personnel: toBounds(g.span),
      share: shareRange(
        g.span,
        box.filter((_, j) => j !== i),
      ),
      conflict: g.conflict,
    })),
  };
}
