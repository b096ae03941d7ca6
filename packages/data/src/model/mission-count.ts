import * as z from "zod";
import { Quantity } from "../quantity/quantity.js";
import { Citation } from "./citation.js";
import { CountId } from "./ids.js";
import { LocalizedText } from "./primitives.js";

/** Civilian missions (police, justice, civilian CSDP) or military ones, as the source counts them. */
export const MissionCountKind = z.enum(["civilian", "military"]);
export type MissionCountKind = z.infer<typeof MissionCountKind>;

/**
 * How many missions the Netherlands took part in during a year, as an official source counts them
 * (the government's answer of 3 July 2018 gives 2008–2018). "N/A" stays unknown, never zero.
 */
export const MissionCount = z
  .strictObject({
    id: CountId,
    year: z.number().int().min(1900).max(2100),
    kind: MissionCountKind,
    count: Quantity,
    note: LocalizedText.optional(),
    citation: Citation,
  })
  .meta({ id: "MissionCount", description: "Missions the Netherlands took part in, in a year." });
export type MissionCount = z.infer<typeof MissionCount>;
