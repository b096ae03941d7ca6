import type { ContributionAssessment, RatingView, WeightedScore } from "@inzet/analysis";
import { formatInterval } from "@inzet/analysis";
import type { Footnotes } from "../output/footnotes.js";
import { local } from "../output/format.js";
import { inert } from "../output/inert.js";
import type { View } from "../output/view.js";

/** The rationale in the reader's language, else in the other, marked with its language. */
export function rationaleText(r: RatingView, { lang }: View): string | undefined {
  const other = lang === "en" ? "nl" : "en";
  const own = r.rationale?.[lang];
  if (own) return own;
  const theirs = r.rationale?.[other];
  return theirs ? `${theirs} (${other})` : undefined;
}

/** "2 — against keeping it", or "not rated". */
export function ratingText(r: RatingView, view: View): string {
  if (r.rating === null) return view.t("assessment.notRated");
  return r.label ? `${r.rating} — ${local(r.label, view)}` : String(r.rating);
}

/** "2.5–3.5 (not complete: 2 of the weighted considerations unrated)", or the one number. */
export function scoreText(s: WeightedScore, view: View): string {
  const value = formatInterval(s, { lang: view.lang, digits: 2 });
  return s.complete
    ? value
    : view.t("assessment.scoreIncomplete", { value, missing: s.missing.length });
}

/** Each consideration's rating with who and when, the rationale, the evidence as footnotes. */
export function ratingLines(
  a: ContributionAssessment | null,
  notes: Footnotes,
  view: View,
): string[] {
  if (!a) return [];
  const { t } = view;
  const lines: string[] = [];
  for (const r of a.ratings) {
    const who = [r.author, r.date].filter(Boolean).join(", ");
    const head = `   ${r.consideration.order}. ${local(r.consideration.name, view)}: ${ratingText(r, view)}`;
    lines.push(inert(`${head}${who ? ` (${who})` : ""}`) + notes.cite(r.evidence));
    const why = rationaleText(r, view);
    if (why) lines.push(`      ${inert(why)}`);
  }
  if (a.weightedScore)
    lines.push(`   ${t("assessment.score", { value: scoreText(a.weightedScore, view) })}`);
  return lines;
}
