import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBounds,
  type Bounds,
  compareQuantities,
  quantityBounds,
  sumQuantities,
} from "./bounds.js";
import { formatBounds } from "./format.js";
import { arbitraryQuantity } from "./quantity.arbitrary.js";
import type { Quantity } from "./quantity.js";

const about = (value: number): Quantity => ({ qualifier: "approximately", value });

describe("quantityBounds", () => {
  it("keeps zero apart from unknown", () => {
    expect(quantityBounds({ qualifier: "exact", value: 0 })).toMatchObject({
      low: 0,
      high: 0,
      unknownParts: 0,
    });
    expect(quantityBounds({ qualifier: "unknown" })).toMatchObject({
      low: 0,
      high: null,
      unknownParts: 1,
    });
  });

  it("reads 'more than 40' as at least 41 with no upper bound", () => {
    expect(quantityBounds({ qualifier: "moreThan", value: 40 })).toMatchObject({
      low: 41,
      high: null,
      best: null,
    });
  });

  it("gives every figure a low bound no higher than its high bound", () => {
    fc.assert(
      fc.property(arbitraryQuantity, (q) => {
        const b = quantityBounds(q);
        expect(b.low).toBeGreaterThanOrEqual(0);
        if (b.high !== null) expect(b.low).toBeLessThanOrEqual(b.high);
        if (b.best !== null) expect(b.best).toBeGreaterThanOrEqual(b.low);
      }),
    );
  });
});

describe("sumQuantities", () => {
  it("never turns ≈10 + ≈20 + >40 into 70", () => {
    const total = sumQuantities([about(10), about(20), { qualifier: "moreThan", value: 40 }]);
    expect(total).toMatchObject({ low: 71, high: null, best: null, approximate: true });
    expect(formatBounds(total)).toBe("≥ ≈ 71");
    expect(formatBounds(total, { style: "words" })).toBe("at least about 71");
    expect(formatBounds(total, { lang: "nl", style: "words" })).toBe("minstens ongeveer 71");
  });

  it("keeps approximate sums approximate", () => {
    expect(formatBounds(sumQuantities([about(10), about(20)]))).toBe("≈ 30");
  });

  it("says how many parts are unknown", () => {
    const total = sumQuantities([{ qualifier: "exact", value: 3 }, { qualifier: "unknown" }]);
    expect(formatBounds(total)).toBe("≥ 3 (+ 1 unknown)");
    expect(formatBounds(sumQuantities([{ qualifier: "unknown" }]), { lang: "nl" })).toBe(
      "onbekend",
    );
  });

  it("is commutative and associative", () => {
    fc.assert(
      fc.property(fc.array(arbitraryQuantity, { maxLength: 8 }), (qs) => {
        const forward = sumQuantities(qs);
        expect(sumQuantities([...qs].reverse())).toEqual(forward);
        const half = Math.floor(qs.length / 2);
        expect(addBounds(sumQuantities(qs.slice(0, half)), sumQuantities(qs.slice(half)))).toEqual(
          forward,
        );
      }),
    );
  });

  it("is certain only when every part is certain", () => {
    // Certain: one value, not approximate, nothing unknown. Not only exact figures are: a range
    // from n to n, or "up to 0", are too (fast-check found both).
    const certain = (b: Bounds) => b.low === b.high && !b.approximate && b.unknownParts === 0;
    fc.assert(
      fc.property(fc.array(arbitraryQuantity, { minLength: 1, maxLength: 8 }), (qs) => {
        expect(certain(sumQuantities(qs))).toBe(qs.every((q) => certain(quantityBounds(q))));
      }),
    );
    expect(
      certain(
        sumQuantities([
          { qualifier: "exact", value: 3 },
          { qualifier: "range", min: 2, max: 2 },
        ]),
      ),
    ).toBe(true);
    expect(certain(sumQuantities([{ qualifier: "exact", value: 3 }, { qualifier: "few" }]))).toBe(
      false,
    );
  });
});

describe("compareQuantities", () => {
  it("orders figures only when they cannot overlap", () => {
    expect(compareQuantities(about(10), about(20))).toBe("less");
    expect(compareQuantities(about(20), { qualifier: "moreThan", value: 40 })).toBe("less");
    expect(compareQuantities(about(10), { qualifier: "exact", value: 11 })).toBe("indeterminate");
    expect(compareQuantities({ qualifier: "few" }, about(10))).toBe("indeterminate");
    expect(compareQuantities({ qualifier: "unknown" }, { qualifier: "exact", value: 0 })).toBe(
      "indeterminate",
    );
    expect(
      compareQuantities({ qualifier: "exact", value: 3 }, { qualifier: "exact", value: 3 }),
    ).toBe("equal");
    expect(compareQuantities(about(3), about(3))).toBe("indeterminate");
  });

  it("is antisymmetric", () => {
    const flip = {
      less: "greater",
      greater: "less",
      equal: "equal",
      indeterminate: "indeterminate",
    } as const;
    fc.assert(
      fc.property(arbitraryQuantity, arbitraryQuantity, (a, b) => {
        expect(compareQuantities(b, a)).toBe(flip[compareQuantities(a, b)]);
      }),
    );
  });

  it("calls 'equal' only two identical exact figures", () => {
    fc.assert(
      fc.property(arbitraryQuantity, arbitraryQuantity, (a, b) => {
        if (compareQuantities(a, b) !== "equal") return;
        expect(a.qualifier).toBe("exact");
        expect(b).toMatchObject({ qualifier: "exact", value: (a as { value: number }).value });
      }),
    );
  });
});
