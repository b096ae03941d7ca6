import type { IssueCode, LocalizedText, ValidationIssue } from "@inzet/data";

export type Path = (string | number)[];

export const problem = (
  code: IssueCode,
  path: Path,
  message: LocalizedText,
  hint: LocalizedText,
): ValidationIssue => ({ code, path, message, hint });
