import { fromZodIssues, type ValidationIssue } from "@inzet/data";
import { Scenario } from "./schema.js";

export type ScenarioParse =
  | { ok: true; scenario: Scenario }
  | { ok: false; issues: ValidationIssue[] };

/** Checks any value against the scenario schema: every problem, with its path and fix. */
export function parseScenario(input: unknown): ScenarioParse {
  const result = Scenario.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, scenario: result.data }
    : { ok: false, issues: fromZodIssues(result.error.issues, []) };
}
