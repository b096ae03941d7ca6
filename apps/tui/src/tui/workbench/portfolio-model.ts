// The Portfolio view: the contributions under their groups, each kept (✓) or ended (✗), and the
// portfolio's metrics before and after, as intervals.
import type { Assessment, Portfolio, TokenQuestionAnswer } from "@inzet/analysis";
import type { Dataset, UiLang } from "@inzet/data";
import { formatBounds } from "@inzet/data/queries";
import { formatDate, local } from "../../output/format.js";
import { metricText } from "../../workbench/metric-text.js";
import { type PortfolioReport, portfolioReport } from "../../workbench/portfolio-report.js";
import { type ListModel, listBuilder } from "../lib/list.js";
import { textView } from "../lib/view-text.js";
import { basePortfolioOf, indicatorsOf, tokenAnswerOf } from "./base.js";

export type PortfolioModel = ListModel & {
  /** The contribution of each item, by item index. */
  ids: string[];
  baseline: Portfolio;
  report: PortfolioReport;
  token: TokenQuestionAnswer;
  ended: ReadonlySet<string>;
  assessment: Assessment | undefined;
  /** The status line: the main metrics, before → after where they changed. */
  summary: string;
};

/** The metrics with `ended` ended; the list of contributions with their state. */
export function portfolioModel(
  ds: Dataset,
  lang: UiLang,
  ended: readonly string[],
  assessment?: Assessment,
): PortfolioModel {
  const view = textView(lang);
  const baseline = basePortfolioOf(ds);
  const gone = new Set(ended);
  const operations = baseline.contributions
    .filter((c) => gone.has(c.id))
    .map((c) => ({ op: "end" as const, id: c.id }));
  const result = portfolioReport(baseline, { operations, token: false });
  // The operations end contributions of this very portfolio: they always apply.
  if (!result.ok) throw new Error(result.issues[0]?.message.en ?? "the scenario did not apply");
  const report = result.report;
  const before = report.comparison.columns[0];
  const list = listBuilder();
  const ids: string[] = [];
  const personnel = new Map(before?.metrics.byGroup.map((g) => [g.key, g.personnel]) ?? []);
  const groups = [...baseline.groups.values()].sort((a, b) => a.order - b.order);
  for (const g of groups) {
    const members = baseline.contributions.filter((c) => c.group === g.id);
    if (members.length === 0) continue;
    const total = personnel.get(g.id);
    list.header(g.id, local(g.name, view), total ? formatBounds(total, { lang }) : "");
    for (const c of members) {
      list.item(c.id, `${gone.has(c.id) ? "✗" : "✓"} ${c.label}`, memberText(ds, c.id, lang));
      ids.push(c.id);
    }
  }
  for (const c of baseline.contributions.filter((c) => c.group === null)) {
    list.item(c.id, `${gone.has(c.id) ? "✗" : "✓"} ${c.label}`, memberText(ds, c.id, lang));
    ids.push(c.id);
  }
  return {
    ...list.done(),
    ids,
    baseline,
    report,
    token: tokenAnswerOf(ds),
    ended: gone,
    assessment,
    summary: summaryText(report, lang),
  };
}

/** The contribution's personnel as the figures allow it, before any change. */
function memberText(ds: Dataset, id: string, lang: UiLang): string {
  const bounds = indicatorsOf(ds).get(id)?.personnel.value?.bounds;
  return bounds ? formatBounds(bounds, { lang }) : textView(lang).t("common.unknown");
}

/** "16 → 14 contributions · 4 → 3 groups · 8 → 7 regions · HHI 0.4–1 → 0.46–1". */
function summaryText(r: PortfolioReport, lang: UiLang): string {
  const { t } = textView(lang);
  const [before, after] = r.comparison.columns;
  if (!before) return "";
  const value = (id: "contributions" | "groups" | "regions" | "concentration") => {
    const a = metricText(before, id, lang);
    const b = after ? metricText(after, id, lang) : a;
    return a === b ? a : `${a} → ${b}`;
  };
  return t("tui.portfolio.summary", {
    contributions: value("contributions"),
    groups: value("groups"),
    regions: value("regions"),
    concentration: value("concentration"),
  });
}

/** "Portfolio as of 31 December 2014". */
export function portfolioTitle(m: PortfolioModel, lang: UiLang): string {
  const view = textView(lang);
  return view.t("tui.portfolio.title", {
    date: formatDate(m.baseline.asOf, view),
    count: m.baseline.contributions.length,
  });
}
