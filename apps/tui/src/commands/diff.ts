import type { Dataset, UiLang } from "@inzet/data";
import { diffDatasets, diffToJson, diffToText } from "@inzet/publish";
import { inertJson, inertLines } from "../output/inert.js";

/** The changes from `a` to `b`, for people or (json) for machines; `same` when there are none. */
export function diffOutput(a: Dataset, b: Dataset, json: boolean, lang: UiLang) {
  const diff = diffDatasets(a, b);
  const text = json ? inertJson(diffToJson(diff)) : inertLines(diffToText(diff, lang));
  return { same: diff.changes.length === 0, text };
}
