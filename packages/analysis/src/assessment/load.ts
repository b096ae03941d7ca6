import { type Dataset, fromZodIssues } from "@inzet/data";
import { type DataFile, type LocatedIssue, parseDataFile } from "@inzet/data/files";
import { checkAssessment } from "./check.js";
import { Assessment } from "./schema.js";

export type AssessmentResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; issues: LocatedIssue[] };

/**
 * Reads an assessment file (YAML, or JSON by its .json name) and checks it against its schema and
 * the dataset: every problem at once, each with file, line, JSON path and a fix in English and
 * Dutch. Never throws and never returns part of an assessment.
 */
export function loadAssessment(file: DataFile, ds: Dataset): AssessmentResult {
  const parsed = parseDataFile(file);
  if (Array.isArray(parsed)) return { ok: false, issues: parsed };
  const locate = (issues: ReturnType<typeof fromZodIssues>): LocatedIssue[] =>
    issues.map((i) => {
      const line = parsed.lineOf(i.path);
      return { ...i, file: file.file, ...(line === undefined ? {} : { line }) };
    });
  const schema = Assessment.safeParse(parsed.data, { reportInput: true });
  if (!schema.success) return { ok: false, issues: locate(fromZodIssues(schema.error.issues, [])) };
  const issues = checkAssessment(schema.data, ds);
  return issues.length > 0
    ? { ok: false, issues: locate(issues) }
    : { ok: true, assessment: schema.data };
}
