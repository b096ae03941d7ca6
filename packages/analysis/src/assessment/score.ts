// The analyst's ratings per contribution, and a weighted score shown beside them, never instead.
import type { Citation, Consideration, Dataset, LocalizedText } from "@inzet/data";
import type { Interval } from "../interval.js";
import type { Assessment, Rationale } from "./schema.js";

export type RatingView = {
  consideration: Consideration;
  /** Null: not rated. */
  rating: number | null;
  label: LocalizedText | null;
  rationale: Rationale | null;
  evidence: Citation[];
  author: string | null;
  date: string | null;
};

/**
 * Σ wᵢ·rᵢ / Σ wᵢ over the considerations with a weight above 0, on the rating scale. With ratings
 * missing it is the interval from "every missing rating at the scale's lowest" to "at its
 * highest", and `complete` is false: a partial score is never shown as a number.
 */
export type WeightedScore = Interval & { complete: boolean; missing: string[] };

export type ContributionAssessment = {
  contribution: string;
  ratings: RatingView[];
  /** Null when the assessment declares no weights. */
  weightedScore: WeightedScore | null;
};

export function weightedScore(a: Assessment, ratings: readonly RatingView[]): WeightedScore | null {
  const weights = a.meta.weights;
  if (!weights) return null;
  const levels = a.meta.scale.map((l) => l.value);
  const [min, max] = [Math.min(...levels), Math.max(...levels)];
  let sum = 0;
  let low = 0;
  let high = 0;
  const missing: string[] = [];
  for (const r of ratings) {
    const w = weights[r.consideration.id] ?? 0;
    if (w <= 0) continue;
    sum += w;
    if (r.rating === null) missing.push(r.consideration.id);
    low += w * (r.rating ?? min);
    high += w * (r.rating ?? max);
  }
  if (sum === 0) return null;
  return {
    low: low / sum,
    high: high / sum,
    approximate: false,
    complete: missing.length === 0,
    missing,
  };
}

/** One contribution's ratings on every consideration of the dataset, in the letter's order. */
export function assessmentOf(
  a: Assessment,
  ds: Dataset,
  contribution: string,
): ContributionAssessment {
  const labels = new Map(a.meta.scale.map((l) => [l.value, l.label]));
  const ratings = [...ds.considerations]
    .sort((x, y) => x.order - y.order)
    .map((consideration): RatingView => {
      const r = a.ratings.find(
        (x) => x.contribution === contribution && x.consideration === consideration.id,
      );
      const rating = r?.rating ?? null;
      return {
        consideration,
        rating,
        label: rating === null ? null : (labels.get(rating) ?? null),
        rationale: r?.rationale ?? null,
        evidence: r?.evidence ?? [],
        author: rating === null ? null : (r?.author ?? a.meta.author ?? null),
        date: rating === null ? null : (r?.date ?? a.meta.date ?? null),
      };
    });
  return { contribution, ratings, weightedScore: weightedScore(a, ratings) };
}
