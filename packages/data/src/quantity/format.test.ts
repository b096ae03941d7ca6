import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity } from "./format.js";
import { arbitraryQuantity } from "./quantity.arbitrary.js";
import type { Quantity } from "./quantity.js";

describe("formatQuantity", () => {
  it.each<[Quantity, string, string, string, string]>([
    [{ qualifier: "exact", value: 3 }, "3", "3", "3", "3"],
    [{ qualifier: "exact", value: 0 }, "0", "0", "0", "0"],
    [{ qualifier: "approximately", value: 10 }, "≈ 10", "about 10", "≈ 10", "ongeveer 10"],
    [{ qualifier: "moreThan", value: 40 }, "> 40", "more than 40", "> 40", "ruim 40"],
    [{ qualifier: "atLeast", value: 5 }, "≥ 5", "at least 5", "≥ 5", "minstens 5"],
    [{ qualifier: "upTo", value: 15 }, "≤ 15", "up to 15", "≤ 15", "maximaal 15"],
    [{ qualifier: "range", min: 6, max: 15 }, "6–15", "6 to 15", "6–15", "6 tot 15"],
    [{ qualifier: "few" }, "a few", "a few", "enkele", "enkele"],
    [{ qualifier: "unknown" }, "unknown", "unknown", "onbekend", "onbekend"],
  ])("formats %j as the source words it", (q, enSymbol, enWords, nlSymbol, nlWords) => {
    expect(formatQuantity(q)).toBe(enSymbol);
    expect(formatQuantity(q, { style: "words" })).toBe(enWords);
    expect(formatQuantity(q, { lang: "nl" })).toBe(nlSymbol);
    expect(formatQuantity(q, { lang: "nl", style: "words" })).toBe(nlWords);
  });

  it("writes every count as each language's number format does", () => {
    for (const [lang, locale] of [
      ["en", "en-GB"],
      ["nl", "nl-NL"],
    ] as const) {
      const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      for (let value = 0; value <= 2000; value++)
        expect(formatQuantity({ qualifier: "exact", value }, { lang })).toBe(format.format(value));
    }
  });

  it("groups thousands the way each language does", () => {
    expect(formatQuantity({ qualifier: "approximately", value: 1500 })).toBe("≈ 1,500");
    expect(formatQuantity({ qualifier: "approximately", value: 1500 }, { lang: "nl" })).toBe(
      "≈ 1.500",
    );
  });

  it("never shows a qualified figure as a bare number", () => {
    fc.assert(
      fc.property(
        arbitraryQuantity,
        fc.constantFrom("en" as const, "nl" as const),
        fc.constantFrom("symbol" as const, "words" as const),
        (q, lang, style) => {
          const text = formatQuantity(q, { lang, style });
          expect(text.length).toBeGreaterThan(0);
          if (q.qualifier !== "exact") expect(text).not.toMatch(/^[\d.,]+$/);
        },
      ),
    );
  });
});
