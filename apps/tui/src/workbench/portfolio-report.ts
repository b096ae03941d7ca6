// The portfolio metrics before and after a scenario — the user's changes, the token question, or
// both — as `inzet portfolio` prints them and the terminal UI shows them.
import {
  type Assessment,
  answerTokenQuestion,
  assessmentOf,
  type Comparison,
  type ContributionAssessment,
  compareScenarios,
  contributionIndicators,
  type Operation,
  type Portfolio,
  type Scenario,
  TOKEN_THRESHOLD,
  type TokenAnswer,
  type TokenQuestionAnswer,
} from "@inzet/analysis";
import type { Bounds, Citation, LocalizedText, Quantity, ValidationIssue } from "@inzet/data";

/** What a column of the comparison stands for. */
export type ColumnKind = "before" | "after" | "tokenCertain" | "tokenWidest";

export type Change =
  | { kind: "end" }
  | { kind: "move"; to: string }
  | { kind: "resize"; quantity: Quantity }
  | { kind: "tokenEnd" }
  | { kind: "tokenIndeterminate"; because: ("size" | "rank")[] };

/** A contribution the changes or the token question touch, as it stood before them. */
export type Affected = {
  id: string;
  label: string;
  group: LocalizedText | null;
  personnel: Bounds | null;
  /** Where the personnel figure comes from. */
  personnelCitations: Citation[];
  token: TokenAnswer;
  changes: Change[];
  assessment: ContributionAssessment | null;
};

export type PortfolioRequest = {
  operations: readonly Operation[];
  /** Ask the token question (on the portfolio after the operations). */
  token: boolean;
  threshold?: number;
  keep?: number;
  assessment?: Assessment | undefined;
};

export type PortfolioReport = {
  baseline: Portfolio;
  threshold: number;
  keep: number;
  kinds: ColumnKind[];
  comparison: Comparison;
  token: TokenQuestionAnswer | null;
  affected: Affected[];
};

export type ReportResult =
  | { ok: true; report: PortfolioReport }
  | { ok: false; issues: ValidationIssue[] };

/** Applies the operations, asks the token question if wanted, and lines the columns up. */
export function portfolioReport(baseline: Portfolio, request: PortfolioRequest): ReportResult {
  const threshold = request.threshold ?? TOKEN_THRESHOLD;
  const keep = request.keep ?? 2;
  const changes: Scenario | null =
    request.operations.length > 0 ? { name: "changes", operations: [...request.operations] } : null;
  let after = baseline;
  if (changes) {
    const compared = compareScenarios(baseline, [changes], { tokenThreshold: threshold });
    if (!compared.ok) return compared;
    after = compared.comparison.columns[1]?.portfolio ?? baseline;
  }
  const token = request.token
    ? answerTokenQuestion(after, { keep, threshold, assessment: request.assessment })
    : null;
  const scenarios: Scenario[] = changes ? [changes] : [];
  const kinds: ColumnKind[] = ["before", ...(changes ? (["after"] as const) : [])];
  if (token) {
    const ops = changes?.operations ?? [];
    scenarios.push({ name: "token", operations: [...ops, ...token.plan.scenario.operations] });
    kinds.push("tokenCertain");
    if (token.plan.indeterminate.length > 0) {
      scenarios.push({ name: "widest", operations: [...ops, ...token.plan.widest.operations] });
      kinds.push("tokenWidest");
    }
  }
  const compared = compareScenarios(baseline, scenarios, { tokenThreshold: threshold });
  if (!compared.ok) return compared;
  const affected = affectedBy(baseline, after, request, token, threshold);
  return {
    ok: true,
    report: { baseline, threshold, keep, kinds, comparison: compared.comparison, token, affected },
  };
}

/** Those the operations touch as they stood before; those the token question touches, after. */
function affectedBy(
  p: Portfolio,
  after: Portfolio,
  request: PortfolioRequest,
  token: TokenQuestionAnswer | null,
  threshold: number,
): Affected[] {
  const changes = new Map<string, Change[]>();
  const add = (id: string, change: Change) => changes.set(id, [...(changes.get(id) ?? []), change]);
  for (const op of request.operations) {
    if (op.op === "end") add(op.id, { kind: "end" });
    else if (op.op === "move") add(op.id, { kind: "move", to: op.group });
    else if (op.op === "resize") add(op.id, { kind: "resize", quantity: op.quantity });
  }
  for (const id of token?.plan.ended ?? []) add(id, { kind: "tokenEnd" });
  for (const x of token?.plan.indeterminate ?? [])
    add(x.id, { kind: "tokenIndeterminate", because: x.because });
  return [...changes].flatMap(([id, list]) => {
    const byToken = list.some((c) => c.kind === "tokenEnd" || c.kind === "tokenIndeterminate");
    const indicators =
      (byToken ? contributionIndicators(after, id, { tokenThreshold: threshold }) : undefined) ??
      contributionIndicators(p, id, { tokenThreshold: threshold });
    if (!indicators) return [];
    const c = indicators.contribution;
    return [
      {
        id,
        label: c.label,
        group: c.group === null ? null : (p.groups.get(c.group)?.name ?? null),
        personnel: indicators.personnel.value?.bounds ?? null,
        personnelCitations: indicators.personnel.citations,
        token: indicators.token.value?.answer ?? "indeterminate",
        changes: list,
        assessment: request.assessment ? assessmentOf(request.assessment, p.dataset, id) : null,
      },
    ];
  });
}
