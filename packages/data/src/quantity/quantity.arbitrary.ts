import fc from "fast-check";
import { VALUED_QUALIFIERS } from "./qualifiers.js";
import type { Quantity } from "./quantity.js";

const count = fc.nat({ max: 10_000 });

/** Any valid Quantity, for property tests. */
export const arbitraryQuantity: fc.Arbitrary<Quantity> = fc.oneof(
  fc.record({
    qualifier: fc.constantFrom(...VALUED_QUALIFIERS),
    value: count,
  }),
  fc
    .tuple(count, count)
    .map(([a, b]): Quantity => ({ qualifier: "range", min: Math.min(a, b), max: Math.max(a, b) })),
  fc.constant<Quantity>({ qualifier: "few" }),
  fc.constant<Quantity>({ qualifier: "unknown" }),
) as fc.Arbitrary<Quantity>;
