import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCALE } from "./scale.js";
import { Assessment } from "./schema.js";
import { assessmentOf } from "./score.js";

const ds = bundledDataset();
const [duration, regional] = ["consideration-duration", "consideration-regional-focus"];

// A test fixture, not a judgement: the package ships none.
const fixture = (weights?: Record<string, number>) =>
  Assessment.parse({
    meta: {
      author: "Test fixture",
      date: "2026-12-01",
      scale: DEFAULT_SCALE,
      ...(weights ? { weights } : {}),
    },
    ratings: [
      { contribution: "kfor", consideration: duration, rating: 2, rationale: { en: "Fixture." } },
      { contribution: "kfor", consideration: regional, rating: null },
    ],
  });

describe("assessmentOf", () => {
  it("gives the rating on every consideration, with its label, unrated ones as null", () => {
    const a = assessmentOf(fixture(), ds, "kfor");
    expect(a.ratings.map((r) => r.rating)).toEqual([2, null, null, null, null, null]);
    expect(a.ratings[0]).toMatchObject({
      label: { en: "against keeping it" },
      author: "Test fixture",
      date: "2026-12-01",
    });
    expect(a.ratings[1]?.author).toBeNull();
    expect(a.weightedScore).toBeNull();
  });

  it("weighs complete ratings to a single score", () => {
    const score = assessmentOf(fixture({ [duration]: 2 }), ds, "kfor").weightedScore;
    expect(score).toMatchObject({ low: 2, high: 2, complete: true, missing: [] });
  });

  it("gives a partial score as the interval the missing ratings leave, never as a number", () => {
    const score = assessmentOf(fixture({ [duration]: 1, [regional]: 3 }), ds, "kfor").weightedScore;
    // 2 and a missing rating of weight 3 anywhere from 1 to 5: (2 + 3)/4 to (2 + 15)/4.
    expect(score).toMatchObject({ low: 1.25, high: 4.25, complete: false, missing: [regional] });
  });
});
