import type { Collection, DatasetMeta } from "../model/dataset.js";
import type { ValidationIssue } from "./issue.js";
import { checkClusters, checkFigures } from "./rules/clusters.js";
import { type KnownIds, type Parsed, ruleContext } from "./rules/context.js";
import { checkEditions, checkMissionCounts } from "./rules/editions.js";
import { checkIdentity, checkMissionNames } from "./rules/identity.js";
import { checkMissions } from "./rules/missions.js";
import { checkSourcePolicy } from "./rules/policy.js";
import { checkRawReferences } from "./rules/raw-references.js";
import { checkItemCitations, checkSources } from "./rules/sources.js";

export type { Entry, KnownIds, Parsed } from "./rules/context.js";

/** An item that failed the schema, kept raw so its references can still be checked. */
export type Failed = { collection: Collection; index: number; item: unknown };

/** Checks the rules a schema cannot express: identity, references, order, geography, citations. */
export function crossReferenceIssues(
  parsed: Parsed,
  known: KnownIds,
  meta: DatasetMeta | undefined,
  failed: readonly Failed[] = [],
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
  checkEditions(context);
  checkMissionCounts(context);
  checkSourcePolicy(context);
  for (const f of failed) checkRawReferences(context, f.collection, f.index, f.item, known);
  return issues;
}
