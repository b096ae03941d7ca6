import { describe, expect, it } from "vitest";
import { axisMax, figureMark } from "./figure-mark";
import { linearScale, niceCeil, ticks } from "./scale";

describe("figureMark", () => {
  it("draws an exact figure as a solid bar", () => {
    expect(figureMark({ qualifier: "exact", value: 3 })).toEqual({
      encoding: "exact",
      solid: [0, 3],
      soft: null,
      open: null,
      tick: 3,
    });
  });

  it("gives an approximate figure a soft margin around its value", () => {
    const m = figureMark({ qualifier: "approximately", value: 10 });
    expect(m.encoding).toBe("approximate");
    expect(m.solid).toEqual([0, 8]);
    expect(m.soft?.[0]).toBeCloseTo(8);
    expect(m.soft?.[1]).toBeCloseTo(12);
    expect(m.tick).toBe(10);
  });

  it("leaves 'more than 40' and 'a few' open-ended, without inventing an upper bound", () => {
    expect(figureMark({ qualifier: "moreThan", value: 40 })).toMatchObject({
      encoding: "openEnded",
      solid: [0, 40],
      open: 40,
      soft: null,
    });
    expect(figureMark({ qualifier: "few" })).toMatchObject({ encoding: "openEnded", open: 2 });
  });

  it("draws a range and an 'up to' as soft spans and unknown as nothing", () => {
    expect(figureMark({ qualifier: "range", min: 3, max: 5 })).toMatchObject({
      encoding: "range",
      solid: [0, 3],
      soft: [3, 5],
    });
    expect(figureMark({ qualifier: "upTo", value: 15 })).toMatchObject({ soft: [0, 15] });
    expect(figureMark({ qualifier: "unknown" })).toMatchObject({
      encoding: "unknown",
      solid: null,
      soft: null,
      open: null,
    });
  });

  it("makes the three kinds look different", () => {
    const kinds = new Set(
      [
        figureMark({ qualifier: "exact", value: 10 }),
        figureMark({ qualifier: "approximately", value: 10 }),
        figureMark({ qualifier: "moreThan", value: 10 }),
      ].map((m) => JSON.stringify(m)),
    );
    expect(kinds.size).toBe(3);
  });
});

describe("scales", () => {
  it("leaves room past the largest figure on a nice axis", () => {
    const marks = [
      figureMark({ qualifier: "approximately", value: 20 }),
      figureMark({ qualifier: "moreThan", value: 40 }),
    ];
    expect(axisMax(marks)).toBe(60);
    expect(axisMax([figureMark({ qualifier: "unknown" })])).toBe(10);
  });

  it("rounds up to a nice multiple of a power of ten", () => {
    expect([0, 7, 10, 13, 22, 52, 260].map(niceCeil)).toEqual([1, 8, 10, 15, 25, 60, 300]);
  });

  it("maps linearly and ticks inclusively", () => {
    const x = linearScale([0, 50], [100, 600]);
    expect(x(0)).toBe(100);
    expect(x(25)).toBe(350);
    expect(ticks(0, 50, 10)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(1943, 2020, 10)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });
});
