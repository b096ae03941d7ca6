import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hhi, hhiMaximum, hhiMinimum, type Range } from "./concentration.js";

/** Every point of the box on a grid of `step`: brute force for small boxes. */
function grid(box: readonly Range[], step: number): number[][] {
  return box.reduce<number[][]>(
    (points, r) =>
      points.flatMap((p) =>
        Array.from({ length: Math.round((r.high - r.low) / step) + 1 }, (_, k) => [
          ...p,
          r.low + k * step,
        ]),
      ),
    [[]],
  );
}

const values = (points: number[][]) => points.flatMap((p) => hhi(p) ?? []);

const smallBox = (maxGroups: number) =>
  fc.array(
    fc.tuple(fc.nat(6), fc.nat(6)).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
    { minLength: 1, maxLength: maxGroups },
  );

describe("hhi", () => {
  it("is the sum of squared shares, undefined for nothing", () => {
    expect(hhi([10, 10])).toBe(0.5);
    expect(hhi([5])).toBe(1);
    expect(hhi([0, 0])).toBeNull();
  });
});

describe("hhiMaximum", () => {
  it("equals the brute-force maximum over every integer point of small boxes", () => {
    fc.assert(
      fc.property(smallBox(4), (box) => {
        const all = values(grid(box, 1));
        const max = hhiMaximum(box);
        if (all.length === 0) expect(max).toBeNull();
        else expect(max).toBeCloseTo(Math.max(...all), 12);
      }),
    );
  });

  it("is 1 when a group has no upper bound, however the others are bounded", () => {
    expect(
      hhiMaximum([
        { low: 10, high: 10 },
        { low: 41, high: Number.POSITIVE_INFINITY },
      ]),
    ).toBe(1);
  });

  it("falls back to a bound no lower than the maximum beyond the enumeration limit", () => {
    const box = Array.from({ length: 24 }, (_, i) => ({ low: i, high: i + 3 }));
    const max = hhiMaximum(box) ?? 0;
    const vertexSample = box.map((r, i) => (i > 20 ? r.high : r.low));
    expect(max).toBeGreaterThanOrEqual(hhi(vertexSample) ?? 1);
    expect(max).toBeLessThanOrEqual(1);
  });
});

describe("hhiMinimum", () => {
  it("is attained in the box, and no point of a fine grid lies below it", () => {
    fc.assert(
      fc.property(smallBox(3), (box) => {
        const min = hhiMinimum(box);
        const all = values(grid(box, 0.25));
        if (all.length === 0) {
          expect(min).toBeNull();
          return;
        }
        if (!min) throw new Error("expected a minimum");
        min.at.forEach((x, i) => {
          expect(x).toBeGreaterThanOrEqual(box[i]?.low ?? 0);
          expect(x).toBeLessThanOrEqual(box[i]?.high ?? 0);
        });
        expect(hhi(min.at)).toBeCloseTo(min.value, 12);
        expect(min.value).toBeLessThanOrEqual(Math.min(...all) + 1e-12);
      }),
    );
  });

  it("fills the unbounded groups up to the level of the others (the letter's four groups)", () => {
    const inf = Number.POSITIVE_INFINITY;
    const min = hhiMinimum([
      { low: 10, high: 10 },
      { low: 20, high: 20 },
      { low: 41, high: inf },
      { low: 2, high: inf },
    ]);
    // The "a few" group rises to the level τ = Σx²/Σx of the fixed ones (10, 20 and 41):
    // τ = 2181 / 71; "more than forty" stays at 41, above the level.
    expect(min?.at).toEqual([10, 20, 41, 2181 / 71]);
    expect(min?.value).toBeCloseTo(0.30199, 5);
  });
});

describe("the concentration index over any box", () => {
  it("stays within [1/n, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(1000), fc.option(fc.nat(1000), { nil: undefined })).map(([a, extra]) => ({
            low: a,
            high: extra === undefined ? Number.POSITIVE_INFINITY : a + extra,
          })),
          { minLength: 1, maxLength: 12 },
        ),
        (box) => {
          const min = hhiMinimum(box);
          const max = hhiMaximum(box);
          if (min === null || max === null) return;
          expect(min.value).toBeGreaterThanOrEqual(1 / box.length - 1e-12);
          expect(max).toBeLessThanOrEqual(1 + 1e-12);
          expect(min.value).toBeLessThanOrEqual(max + 1e-12);
        },
      ),
    );
  });
});
