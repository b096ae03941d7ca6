import type { LocalizedText } from "../model/primitives.js";

export type IssueCode =
  | "syntax"
  | "schema"
  | "notAnObject"
  | "notAnArray"
  | "unknownCollection"
  | "duplicateMeta"
  | "missingMeta"
  | "duplicateId"
  | "duplicateOrder"
  | "ambiguousName"
  | "unknownReference"
  | "clusterMembership"
  | "figureSubject"
  | "dateOrder"
  | "coordinates"
  | "countryCode"
  | "uncitedFact"
  | "unlocatableSource"
  | "sourceCycle"
  | "identifierUrl"
  | "weakSupport"
  | "officialExpected"
  | "plannedAsActual";

/** An error makes the data invalid; a warning is reported with it and leaves it valid. */
export type Severity = "error" | "warning";

/** One problem found in a dataset, located by JSON path (and by file once fragments are mapped back). */
export type ValidationIssue = {
  code: IssueCode;
  severity: Severity;
  /** JSON path from the root of the dataset, or of `file` when set. */
  path: (string | number)[];
  /** Fragment (file) the problem is in, when the dataset was assembled from several. */
  file?: string;
  message: LocalizedText;
  /** How to fix it. */
  hint: LocalizedText;
};

/** `missions[3].start.value`: the form a user can search for in a file. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(root)" : out;
}

export function issue(
  code: IssueCode,
  path: (string | number)[],
  message: LocalizedText,
  hint: LocalizedText,
  severity: Severity = "error",
): ValidationIssue {
  return { code, severity, path, message, hint };
}

export const isError = (i: ValidationIssue): boolean => i.severity === "error";
