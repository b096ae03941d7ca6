import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SPARK_GAP, sparkline } from "./sparkline.js";

describe("sparkline", () => {
  it("draws each value on one scale from 0 to the highest", () => {
    expect(sparkline([0, 4, 8])).toEqual({ text: "▁▅█", perChar: 1 });
    expect(sparkline([11, 12, 13, 12]).text).toBe("▇▇█▇");
  });

  it("marks a value without a figure with a dot, never a zero bar", () => {
    expect(sparkline([1, undefined, 2, null]).text).toBe(`▅${SPARK_GAP}█${SPARK_GAP}`);
  });

  it("groups values to fit the width, each glyph showing its group's last figure", () => {
    expect(sparkline([1, 9, 5, undefined, 9, 1], 3)).toEqual({ text: "█▅▂", perChar: 2 });
    expect(sparkline([1, undefined, undefined, 5], 2).text).toBe("▂█");
  });

  it("never draws more glyphs than the width, and the highest value full height", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat({ max: 500 }), { nil: undefined }), { minLength: 1 }),
        fc.integer({ min: 1, max: 80 }),
        (values, width) => {
          const { text } = sparkline(values, width);
          expect([...text].length).toBeLessThanOrEqual(width);
          const max = Math.max(0, ...values.map((v) => v ?? 0));
          if (max > 0 && values.length <= width) expect(text).toContain("█");
        },
      ),
    );
  });
});
