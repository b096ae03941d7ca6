import "../zod-jitless";
import { type Assessment, decodeScenario, encodeScenario, loadAssessment } from "@inzet/analysis";
import { type Dataset, formatPath } from "@inzet/data";
import type { Locale } from "../../i18n/routing";
import type { RatingsView } from "./matrix-types";
import { matrixView } from "./matrix-view";
import { workbenchPortfolio } from "./portfolio";
import { ratingsView } from "./ratings-view";
import { comparisonView, tokenQuestionView } from "./scenario-view";

// Everything the workbench computes in the browser, in one module the pages load with import()
// after they start: @inzet/analysis, zod and the YAML reader never come with the page itself.

/** A problem in an assessment file, located and worded for the page. */
export type IssueView = {
  file: string;
  line: number | null;
  path: string;
  message: string;
  fix: string;
};

export type CheckedAssessment =
  | { ok: true; assessment: Assessment; view: RatingsView }
  | { ok: false; issues: IssueView[] };

/** Reads an assessment file against the dataset: its ratings, or every problem, located. */
export function checkAssessment(
  file: { file: string; text: string },
  ds: Dataset,
  contributions: readonly string[],
  lang: Locale,
): CheckedAssessment {
  const result = loadAssessment(file, ds);
  if (!result.ok)
    return {
      ok: false,
      issues: result.issues.map((i) => ({
        file: i.file ?? file.file,
        line: i.line ?? null,
        path: formatPath(i.path),
        message: i.message[lang],
        fix: i.hint[lang],
      })),
    };
  const view = ratingsView(result.assessment, ds, contributions, file.file, lang);
  return { ok: true, assessment: result.assessment, view };
}

export {
  comparisonView,
  decodeScenario,
  encodeScenario,
  matrixView,
  tokenQuestionView,
  workbenchPortfolio,
};
