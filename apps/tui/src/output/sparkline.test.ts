import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline.js";

describe("sparkline", () => {
  it("draws each value between the series' own lowest and highest", () => {
    expect(sparkline([11, 12, 13, 12], 10)).toEqual({ text: "▁▅█▅", monthsPerChar: 1 });
  });

  it("leaves a month without a figure blank, never a zero bar", () => {
    expect(sparkline([1, undefined, 2], 10).text).toBe("▁ █");
  });

  it("keeps a flat series at mid-height", () => {
    expect(sparkline([2, 2, 2], 10).text).toBe("▄▄▄");
  });

  it("groups months to fit the width, each character showing its months' last figure", () => {
    const spark = sparkline([1, 9, 5, undefined, 9, 1], 3);
    expect(spark).toEqual({ text: "█▅▁", monthsPerChar: 2 });
    expect(sparkline([1, undefined, undefined, 5], 2).text).toBe("▁█");
  });
});
