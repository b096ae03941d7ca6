import { type Bounds, type Quantity, quantityBounds } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { barSegments, chartScale, GLYPHS } from "./bars.js";

const bar = (q: Quantity, scale = 50, width = 52) => {
  const segments = barSegments(quantityBounds(q), scale, width);
  return segments?.map((s) => s.text).join("");
};

describe("barSegments", () => {
  it("draws an exact figure as a solid bar of its length", () => {
    expect(bar({ qualifier: "exact", value: 25 })).toBe(GLYPHS.solid.repeat(25));
  });

  it("gives an approximate figure a shaded end spanning the approximation margin", () => {
    const text = bar({ qualifier: "approximately", value: 20 }) ?? "";
    expect(text).toMatch(/^█{16}▓{4}▒{4}$/);
  });

  it("ends an open figure (> 40, a few) in an arrow, never at an invented maximum", () => {
    expect(bar({ qualifier: "moreThan", value: 40 })).toBe(`${"█".repeat(41)}▶…`);
    expect(bar({ qualifier: "few" })).toBe("██▶…");
    expect(bar({ qualifier: "atLeast", value: 5 })).toBe("█████▶…");
  });

  it("draws a range solid to its low end and lightly shaded to its high end", () => {
    expect(bar({ qualifier: "range", min: 6, max: 15 })).toBe(`${"█".repeat(6)}${"░".repeat(9)}`);
    expect(bar({ qualifier: "upTo", value: 15 })).toBe("░".repeat(15));
  });

  it("draws no bar for an unknown figure", () => {
    expect(bar({ qualifier: "unknown" })).toBeUndefined();
  });

  it("keeps every kind distinct without colour: the glyphs alone tell them apart", () => {
    const kinds = (q: Quantity) =>
      new Set(barSegments(quantityBounds(q), 50, 52)?.map((s) => s.kind) ?? ["none"]);
    expect([...kinds({ qualifier: "exact", value: 10 })]).toEqual(["solid"]);
    expect(kinds({ qualifier: "approximately", value: 10 }).has("fuzzy")).toBe(true);
    expect(kinds({ qualifier: "moreThan", value: 10 }).has("open")).toBe(true);
    expect(kinds({ qualifier: "range", min: 1, max: 9 }).has("span")).toBe(true);
  });

  it("never draws past the width, whatever the scale", () => {
    for (const width of [4, 10, 80]) {
      for (const q of [
        { qualifier: "approximately", value: 20 },
        { qualifier: "moreThan", value: 40 },
        { qualifier: "exact", value: 99 },
      ] as const) {
        const b: Bounds = quantityBounds(q);
        const text =
          barSegments(b, chartScale([b]), width)
            ?.map((s) => s.text)
            .join("") ?? "";
        expect([...text].length).toBeLessThanOrEqual(width + 1);
      }
    }
  });
});

describe("chartScale", () => {
  it("leaves room for the soft end of the largest approximate figure", () => {
    expect(chartScale([quantityBounds({ qualifier: "approximately", value: 20 })])).toBe(24);
  });

  it("is at least 1, even when everything is unknown", () => {
    expect(chartScale([quantityBounds({ qualifier: "unknown" })])).toBe(1);
  });
});
