import { describe, expect, it } from "vitest";
import { contains, exactly, formatInterval, pointOf } from "./interval.js";

describe("formatInterval", () => {
  it("writes a range, an open interval, a soft point and unknown, in both languages", () => {
    const hhi = { low: 0.39994, high: 1, approximate: true };
    expect(formatInterval(hhi, { digits: 2 })).toBe("0.4–1");
    expect(formatInterval(hhi, { digits: 2, lang: "nl" })).toBe("0,4–1");
    expect(formatInterval({ low: 74, high: null, approximate: true })).toBe("≥ 74");
    expect(formatInterval({ low: 10, high: 10, approximate: true })).toBe("≈ 10");
    expect(formatInterval(exactly(14))).toBe("14");
    expect(formatInterval(null, { lang: "nl" })).toBe("onbekend");
    expect(
      formatInterval({ low: 0.125, high: 0.9375, approximate: false }, { percent: true }),
    ).toBe("13%–94%");
  });
});

describe("pointOf and contains", () => {
  it("gives a point only where the interval has narrowed to one value", () => {
    expect(pointOf(exactly(3))).toBe(3);
    expect(pointOf({ low: 3, high: 5, approximate: false })).toBeNull();
    expect(pointOf({ low: 3, high: null, approximate: false })).toBeNull();
    expect(pointOf(null)).toBeNull();
  });

  it("treats a missing upper bound as open", () => {
    expect(contains({ low: 41, high: null, approximate: false }, 1e9)).toBe(true);
    expect(contains({ low: 41, high: null, approximate: false }, 40)).toBe(false);
  });
});
