// `inzet assess`: the empty assessment to start from, and the check of a filled-in one.
import { type AssessmentResult, assessmentTemplate, loadAssessment } from "@inzet/analysis";
import type { Dataset } from "@inzet/data";
import { dataError } from "../errors.js";
import { fsReason, type Io, type LoadedAssessment } from "../io.js";
import { inert } from "../output/inert.js";
import type { View } from "../output/view.js";
import { describeIssue } from "./validate.js";

/** The template, valid as it is: every contribution × consideration, unrated. */
export function templateText(ds: Dataset): string {
  return assessmentTemplate(ds);
}

/** Reads and checks the file; an unreadable file is a data error (exit 1). */
export function checkAssessmentFile(
  path: string,
  ds: Dataset,
  io: Io,
  view: View,
): AssessmentResult {
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (error) {
    throw dataError(view.t("error.read", { file: path, reason: fsReason(error, view.t) }));
  }
  return loadAssessment({ file: path, bytes }, ds);
}

/** Each problem with file:line, path, message and fix, then a summary; or what the file holds. */
export function assessReport(result: AssessmentResult, path: string, view: View) {
  const { t } = view;
  if (!result.ok) {
    const blocks = result.issues.map((i) => describeIssue(i, view));
    const summary = t("assess.failed", { problems: result.issues.length, file: path });
    return { ok: false, text: `${blocks.join("\n\n")}\n\n${summary}\n` };
  }
  const { meta, ratings } = result.assessment;
  const rated = ratings.filter((r) => r.rating !== null).length;
  const levels = meta.scale.map((l) => l.value);
  const lines = [
    t("assess.ok", {
      file: path,
      ratings: ratings.length,
      rated,
      low: Math.min(...levels),
      high: Math.max(...levels),
    }),
  ];
  if (meta.author || meta.date)
    lines.push(
      t("assess.by", {
        author: inert(meta.author ?? t("common.unknown")),
        date: meta.date ?? t("common.unknown"),
      }),
    );
  if (meta.weights) lines.push(t("assess.weights", { count: Object.keys(meta.weights).length }));
  return { ok: true, text: `${lines.join("\n")}\n` };
}

/** The assessment at `path` for a command that uses it; a data error with every problem otherwise. */
export function readAssessment(path: string, ds: Dataset, io: Io, view: View): LoadedAssessment {
  const result = checkAssessmentFile(path, ds, io, view);
  if (result.ok) return { file: path, assessment: result.assessment };
  const { text } = assessReport(result, path, view);
  throw dataError(`${view.t("error.assessmentInvalid", { file: path })}\n${text.trimEnd()}`);
}
