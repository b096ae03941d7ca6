import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth } from "./width.js";

describe("displayWidth", () => {
  it("agrees with string-width on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
    );
  });

  it("counts wide and styled text by columns, not characters", () => {
    expect(displayWidth("≈ 10 · UNTSO")).toBe(12);
    expect(displayWidth("東京")).toBe(4);
    expect(displayWidth("\u001b[1mbold\u001b[22m")).toBe(4);
  });
});
