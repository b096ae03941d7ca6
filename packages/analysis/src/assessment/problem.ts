import { type IssueCode, issue, type LocalizedText, type ValidationIssue } from "@inzet/data";

export type Path = (string | number)[];

export const problem = (
  code: IssueCode,
  path: Path,
  message: LocalizedText,
  hint: LocalizedText,
): ValidationIssue => issue(code, path, message, hint);
