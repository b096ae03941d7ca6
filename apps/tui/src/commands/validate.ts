import type { Dataset } from "@inzet/data";
import { type FilesResult, issueLocation } from "@inzet/data/files";
import { inert } from "../output/inert.js";
import type { View } from "../output/view.js";

/** Dataset files among the names under a directory: YAML or JSON, in a stable order. */
export function dataFileNames(names: readonly string[]): string[] {
  return names.filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
}

export type ValidateReport = { ok: boolean; text: string };

/** Each issue as "file:line  path", its message and how to fix it; then a summary line. */
export function validateReport(result: FilesResult, fileCount: number, view: View): ValidateReport {
  const { t, style, lang } = view;
  const basedOn = result.basedOn === undefined ? "" : `${style.dim(t("validate.basedOn"))}\n`;
  if (result.ok)
    return { ok: true, text: `${okSummary(result.dataset, fileCount, view)}\n${basedOn}` };
  const blocks = result.issues.map((i) =>
    [
      style.bold(inert(issueLocation(i))),
      `  ${inert(i.message[lang])}`,
      style.dim(`  ${t("validate.fix", { hint: i.hint[lang] })}`),
    ].join("\n"),
  );
  const files = new Set(result.issues.map((i) => i.file).filter((f) => f !== undefined)).size;
  const summary = t("validate.failed", {
    problems: result.issues.length,
    files: Math.max(files, 1),
  });
  return { ok: false, text: `${blocks.join("\n\n")}\n\n${summary}\n${basedOn}` };
}

function okSummary(ds: Dataset, files: number, { t }: View): string {
  return t("validate.ok", {
    files,
    missions: ds.missions.length,
    figures: ds.figures.length,
    sources: ds.sources.length,
  });
}
