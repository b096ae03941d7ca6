import * as z from "zod";
import { OriginalText } from "../model/primitives.js";
import { QUALIFIERS } from "./qualifiers.js";

/** People are counted in whole, non-negative numbers. */
const Count = z.number().int().nonnegative();

/**
 * What was counted: the same mission can show very different numbers on different bases. Whether
 * it happened is the figure's status (planned or actual), not its basis.
 */
export const CountingBasis = z.enum([
  "deployed",
  "maximumDeployed",
  "average",
  "cumulative",
  "authorisedMaximum",
  "availablePosts",
  "addition",
  "unspecified",
]);

export type CountingBasis = z.infer<typeof CountingBasis>;

export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

const common = {
  /** The source's own words for the figure ("ongeveer tien", "ruim veertig", "enkele"). */
  wording: OriginalText.optional(),
  basis: CountingBasis.optional(),
};

const valued = <Q extends Qualifier>(qualifier: Q) =>
  z.strictObject({ qualifier: z.literal(qualifier), value: Count, ...common });

export const Quantity = z
  .discriminatedUnion("qualifier", [
    valued("exact"),
    valued("approximately"),
    valued("moreThan"),
    valued("atLeast"),
    valued("upTo"),
    z
      .strictObject({ qualifier: z.literal("range"), min: Count, max: Count, ...common })
      .refine((q) => q.min <= q.max, { message: "range min is larger than max", path: ["max"] }),
    z.strictObject({ qualifier: z.literal("few"), ...common }),
    z.strictObject({ qualifier: z.literal("unknown"), ...common }),
  ])
  .meta({
    id: "Quantity",
    description:
      "A figure as the source words it: never a bare number. Zero is exact 0; unknown is its own qualifier.",
  });
export type Quantity = z.infer<typeof Quantity>;
