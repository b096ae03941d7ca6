import type { Dataset } from "@inzet/data";
import { type FilesResult, issueLocation, type LocatedIssue } from "@inzet/data/files";
import { inert } from "../output/inert.js";
import type { View } from "../output/view.js";

/** Dataset files among the names under a directory: YAML or JSON, in a stable order. */
export function dataFileNames(names: readonly string[]): string[] {
  return names.filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
}

export type ValidateReport = { ok: boolean; text: string };

/** Each issue as "file:line  path", its message and how to fix it; then a summary line. */
export function validateReport(result: FilesResult, fileCount: number, view: View): ValidateReport {
  const { t, style } = view;
  const basedOn = result.basedOn === undefined ? "" : `${style.dim(t("validate.basedOn"))}\n`;
  const found = result.ok ? result.warnings : result.issues;
  const blocks = found.map((i) => describeIssue(i, view));
  const listed = blocks.length > 0 ? `${blocks.join("\n\n")}\n\n` : "";
  const warnings = found.filter((i) => i.severity === "warning").length;
  if (result.ok) {
    const summary = okSummary(result.dataset, fileCount, view);
    const warned = warnings > 0 ? ` ${t("validate.warnings", { warnings })}` : "";
    return { ok: true, text: `${listed}${summary}${warned}\n${basedOn}` };
  }
  const files = new Set(found.map((i) => i.file).filter((f) => f !== undefined)).size;
  const summary = t("validate.failed", {
    problems: found.length - warnings,
    files: Math.max(files, 1),
  });
  const warned = warnings > 0 ? ` ${t("validate.warnings", { warnings })}` : "";
  return { ok: false, text: `${listed}${summary}${warned}\n${basedOn}` };
}

/** "file:line  path  warning", the message, and how to fix it. */
export function describeIssue(i: LocatedIssue, { t, style, lang }: View): string {
  const severity = i.severity === "warning" ? `  ${t("validate.warning")}` : "";
  return [
    style.bold(inert(`${issueLocation(i)}${severity}`)),
    `  ${inert(i.message[lang])}`,
    style.dim(`  ${t("validate.fix", { hint: i.hint[lang] })}`),
  ].join("\n");
}

function okSummary(ds: Dataset, files: number, { t }: View): string {
  return t("validate.ok", {
    files,
    missions: ds.missions.length,
    figures: ds.figures.length,
    sources: ds.sources.length,
  });
}
