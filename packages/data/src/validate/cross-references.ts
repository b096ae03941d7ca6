import type { DatasetMeta } from "../model/dataset.js";
import type { ValidationIssue } from "./issue.js";
import { checkClusters, checkFigures } from "./rules/clusters.js";
import { type KnownIds, type Parsed, ruleContext } from "./rules/context.js";
import { checkIdentity, checkMissionNames } from "./rules/identity.js";
import { checkMissions } from "./rules/missions.js";
import { checkItemCitations, checkSources } from "./rules/sources.js";

export type { Entry, KnownIds, Parsed } from "./rules/context.js";

/** Checks the rules a schema cannot express: identity, references, order, geography, citations. */
export function crossReferenceIssues(
  parsed: Parsed,
  known: KnownIds,
  meta: DatasetMeta | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const context = ruleContext(parsed, known, issues);
  checkIdentity(context);
  checkMissionNames(context);
  checkSources(context, meta);
  checkItemCitations(context);
  checkMissions(context);
  checkClusters(context);
  checkFigures(context);
  return issues;
}
