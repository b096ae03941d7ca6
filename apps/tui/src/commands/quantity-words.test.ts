import { describe, expect, it } from "vitest";
import { parseWordedQuantity, readNumber } from "./quantity-words.js";

describe("parseWordedQuantity", () => {
  it.each([
    ["3", { qualifier: "exact", value: 3 }],
    ["exactly 12", { qualifier: "exact", value: 12 }],
    ["precies twaalf", { qualifier: "exact", value: 12 }],
    ["about 10", { qualifier: "approximately", value: 10 }],
    ["About ten people", { qualifier: "approximately", value: 10 }],
    ["~10", { qualifier: "approximately", value: 10 }],
    ["≈ 10", { qualifier: "approximately", value: 10 }],
    ["ongeveer tien", { qualifier: "approximately", value: 10 }],
    ["zo’n twintig functionarissen", { qualifier: "approximately", value: 20 }],
    ["more than 5", { qualifier: "moreThan", value: 5 }],
    ["> 40", { qualifier: "moreThan", value: 40 }],
    ["ruim veertig", { qualifier: "moreThan", value: 40 }],
    ["meer dan vijf", { qualifier: "moreThan", value: 5 }],
    ["at least 4", { qualifier: "atLeast", value: 4 }],
    ["minstens 4", { qualifier: "atLeast", value: 4 }],
    ["up to 6", { qualifier: "upTo", value: 6 }],
    ["maximaal 6", { qualifier: "upTo", value: 6 }],
    ["less than 5", { qualifier: "upTo", value: 4 }],
    ["minder dan 5", { qualifier: "upTo", value: 4 }],
    ["3 to 5", { qualifier: "range", min: 3, max: 5 }],
    ["3-5", { qualifier: "range", min: 3, max: 5 }],
    ["3–5", { qualifier: "range", min: 3, max: 5 }],
    ["between three and five", { qualifier: "range", min: 3, max: 5 }],
    ["tussen 3 en 5", { qualifier: "range", min: 3, max: 5 }],
    ["drie tot vijf", { qualifier: "range", min: 3, max: 5 }],
    ["a few", { qualifier: "few" }],
    ["enkele", { qualifier: "few" }],
    ["een paar", { qualifier: "few" }],
    ["unknown", { qualifier: "unknown" }],
    ["onbekend", { qualifier: "unknown" }],
    ["twenty-five", { qualifier: "exact", value: 25 }],
    ["vijfentwintig", { qualifier: "exact", value: 25 }],
  ])("reads %j as the figure a source would word so", (text, quantity) => {
    expect(parseWordedQuantity(text)).toEqual({ ok: true, quantity });
  });

  it.each([
    ["", "quantity.empty"],
    ["   ", "quantity.empty"],
    ["about", "quantity.noNumber"],
    ["more than", "quantity.noNumber"],
    ["2.5", "quantity.notWhole"],
    ["about 2,5", "quantity.notWhole"],
    ["5 to 3", "quantity.reversed"],
    ["less than 0", "quantity.belowOne"],
    ["lots", "quantity.unreadable"],
    ["-3", "quantity.unreadable"],
    ["about a dozen or so", "quantity.unreadable"],
  ])("refuses %j with a reason (%s), never a guess", (text, key) => {
    const result = parseWordedQuantity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.key).toBe(key);
  });

  it("reads numbers in digits and in English and Dutch words", () => {
    expect([readNumber("0"), readNumber("one"), readNumber("één"), readNumber("honderd")]).toEqual([
      0, 1, 1, 100,
    ]);
    expect(readNumber("tweeëntwintig")).toBe(22);
    expect(readNumber("forty-two")).toBe(42);
    expect(readNumber("twenty-ten")).toBeUndefined();
  });
});
