import { describe, expectTypeOf, it } from "vitest";
import type { QUALIFIERS } from "./qualifiers.js";
import type { Qualifier, Quantity } from "./quantity.js";

describe("the qualifier vocabulary", () => {
  it("is the same in the Quantity union (written out per member) and in qualifiers.ts", () => {
    expectTypeOf<Quantity["qualifier"]>().toEqualTypeOf<Qualifier>();
    expectTypeOf<(typeof QUALIFIERS)[number]>().toEqualTypeOf<Qualifier>();
  });
});
