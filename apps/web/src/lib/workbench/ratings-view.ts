import {
  type Assessment,
  assessmentOf,
  type ContributionAssessment,
  formatInterval,
} from "@inzet/analysis";
import type { Dataset } from "@inzet/data";
import { formatCitation, formatPartialDate } from "@inzet/data/queries";
import type { Locale } from "../../i18n/routing";
import type { RatingCell, RatingsView, ScoreCell } from "./matrix-types";

// The analyst's ratings as the pages show them: per contribution and consideration, with the
// rationale in the page's language where the file has it (else the other, marked as such).

function rationaleOf(
  r: { en?: string; nl?: string } | null,
  lang: Locale,
): RatingCell["rationale"] {
  if (!r) return null;
  const other: Locale = lang === "en" ? "nl" : "en";
  const text = r[lang] ?? r[other];
  return text === undefined ? null : { text, lang: r[lang] !== undefined ? lang : other };
}

/** One contribution's ratings, consideration id → rating, and its weighted score if weighted. */
export function ratingCells(
  of: ContributionAssessment,
  ds: Dataset,
  lang: Locale,
): { ratings: Record<string, RatingCell>; score: ScoreCell | null } {
  const date = (d: string | null) => (d ? formatPartialDate(d, lang) : null);
  const ratings = Object.fromEntries(
    of.ratings.map((r): [string, RatingCell] => [
      r.consideration.id,
      {
        value: r.rating,
        label: r.label?.[lang] ?? null,
        rationale: rationaleOf(r.rationale, lang),
        evidence: r.evidence.map((c) => formatCitation(ds, c, lang)),
        author: r.author,
        date: date(r.date),
      },
    ]),
  );
  const s = of.weightedScore;
  const score = s && {
    text: formatInterval({ ...s, approximate: false }, { lang, digits: 2 }),
    low: s.low,
    high: s.high ?? s.low,
    complete: s.complete,
  };
  return { ratings, score };
}

/** The ratings of the given contributions (all six considerations each) and their scores. */
export function ratingsView(
  a: Assessment,
  ds: Dataset,
  contributions: readonly string[],
  file: string,
  lang: Locale,
): RatingsView {
  const ratings: RatingsView["ratings"] = {};
  const scores: RatingsView["scores"] = {};
  for (const id of contributions) {
    const cells = ratingCells(assessmentOf(a, ds, id), ds, lang);
    ratings[id] = cells.ratings;
    if (cells.score) scores[id] = cells.score;
  }
  return {
    file,
    title: a.meta.title ?? null,
    author: a.meta.author ?? null,
    date: a.meta.date ? formatPartialDate(a.meta.date, lang) : null,
    scale: a.meta.scale.map((l) => ({ value: l.value, label: l.label[lang] })),
    ratings,
    scores,
    weights: a.meta.weights ?? null,
  };
}
