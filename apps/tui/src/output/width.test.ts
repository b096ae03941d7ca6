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

describe("displayWidth and Ink", () => {
  it("measures text exactly as Ink draws it (the same string-width)", async () => {
    const { createRequire } = await import("node:module");
    const { fileURLToPath, pathToFileURL } = await import("node:url");
    const fromInk = createRequire(fileURLToPath(import.meta.resolve("ink")));
    const inkWidth = (
      (await import(pathToFileURL(fromInk.resolve("string-width")).href)) as {
        default: (text: string) => number;
      }
    ).default;
    for (const text of ["soft\u00adhyphen", "≈ 10", "e\u0301", "👍🏽", "東京"])
      expect(displayWidth(text), text).toBe(inkWidth(text));
    expect(displayWidth("soft\u00adhyphen")).toBe(10);
  });
});
