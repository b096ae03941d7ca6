import * as z from "zod";
import { Citation } from "./citation.js";
import { StatementId } from "./ids.js";
import { LocalizedText } from "./primitives.js";

/**
 * The letter weighs duration and regional focus "more than before, explicitly", and four others
 * "even more explicitly": two tiers, kept apart.
 */
export const ConsiderationEmphasis = z.enum(["moreThanBefore", "evenMoreExplicit"]);
export type ConsiderationEmphasis = z.infer<typeof ConsiderationEmphasis>;

export const Consideration = z
  .strictObject({
    id: StatementId,
    order: z.number().int().positive(),
    name: LocalizedText,
    description: LocalizedText,
    emphasis: ConsiderationEmphasis,
    citation: Citation,
  })
  .meta({ id: "Consideration", description: "One of the six aspects the cabinet will weigh." });
export type Consideration = z.infer<typeof Consideration>;

export const StatementKind = z.enum([
  "context",
  "principle",
  "capability",
  "motive",
  "benefit",
  "intention",
]);
export type StatementKind = z.infer<typeof StatementKind>;

export const Statement = z
  .strictObject({
    id: StatementId,
    kind: StatementKind,
    order: z.number().int().positive(),
    text: LocalizedText,
    citation: Citation,
  })
  .meta({ id: "Statement", description: "A statement of the letter: a motive, a benefit, …" });
export type Statement = z.infer<typeof Statement>;
