import { formatQuantity, type Quantity } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { MAX_SIZE, parseQuantityText } from "./quantity-text";

const read = (text: string) => {
  const r = parseQuantityText(text);
  return r.ok ? r.quantity : r.error.en;
};

describe("parseQuantityText", () => {
  it.each<[string, Quantity]>([
    ["3", { qualifier: "exact", value: 3 }],
    [" 0 ", { qualifier: "exact", value: 0 }],
    ["about 10", { qualifier: "approximately", value: 10 }],
    ["About ten people", { qualifier: "approximately", value: 10 }],
    ["≈ 10", { qualifier: "approximately", value: 10 }],
    ["~10", { qualifier: "approximately", value: 10 }],
    ["ongeveer tien", { qualifier: "approximately", value: 10 }],
    ["more than 5", { qualifier: "moreThan", value: 5 }],
    ["> 40", { qualifier: "moreThan", value: 40 }],
    ["ruim veertig", { qualifier: "moreThan", value: 40 }],
    ["at least 5", { qualifier: "atLeast", value: 5 }],
    [">= 5", { qualifier: "atLeast", value: 5 }],
    ["minstens 5 militairen", { qualifier: "atLeast", value: 5 }],
    ["ten minste 5", { qualifier: "atLeast", value: 5 }],
    ["up to 15", { qualifier: "upTo", value: 15 }],
    ["≤15", { qualifier: "upTo", value: 15 }],
    ["maximaal 15", { qualifier: "upTo", value: 15 }],
    ["6-15", { qualifier: "range", min: 6, max: 15 }],
    ["6 – 15", { qualifier: "range", min: 6, max: 15 }],
    ["6 to 15", { qualifier: "range", min: 6, max: 15 }],
    ["between six and fifteen", { qualifier: "range", min: 6, max: 15 }],
    ["tussen 6 en 15", { qualifier: "range", min: 6, max: 15 }],
    ["6 tot 15", { qualifier: "range", min: 6, max: 15 }],
    ["5 to 5", { qualifier: "exact", value: 5 }],
    ["1.000", { qualifier: "exact", value: 1000 }],
    ["a few", { qualifier: "few" }],
    ["enkele", { qualifier: "few" }],
    ["unknown", { qualifier: "unknown" }],
    ["Onbekend", { qualifier: "unknown" }],
  ])("reads %j", (text, quantity) => {
    expect(read(text)).toEqual(quantity);
  });

  it("reads back what the site writes, in both languages", () => {
    const all: Quantity[] = [
      { qualifier: "exact", value: 3 },
      { qualifier: "approximately", value: 10 },
      { qualifier: "moreThan", value: 40 },
      { qualifier: "atLeast", value: 5 },
      { qualifier: "upTo", value: 15 },
      { qualifier: "range", min: 6, max: 15 },
      { qualifier: "few" },
      { qualifier: "unknown" },
    ];
    for (const q of all)
      for (const lang of ["en", "nl"] as const)
        for (const style of ["symbol", "words"] as const)
          expect(read(formatQuantity(q, { lang, style })), `${lang} ${style}`).toEqual(q);
  });

  it.each([
    ["", /Type a size/],
    ["lots", /as a source would word it/],
    ["about lots", /as a source would word it/],
    ["twenty-five", /as a source would word it/],
    ["-3", /negative/],
    ["2.5", /whole numbers/],
    ["about 2,5", /whole numbers/],
    ["15 to 6", /lower number to the higher: “6 to 15”/],
    [String(MAX_SIZE + 1), /typing error/],
  ])("says what is wrong with %j, in English and Dutch", (text, message) => {
    const r = parseQuantityText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.en).toMatch(message);
    expect(r.error.nl).not.toBe(r.error.en);
    expect(r.error.nl.length).toBeGreaterThan(10);
  });
});
