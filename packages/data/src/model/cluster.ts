import * as z from "zod";
import { Citation } from "./citation.js";
import { ClusterId, EditionId, MissionId } from "./ids.js";
import { LocalizedText } from "./primitives.js";

/**
 * "group": one of an evaluation's concentrations of small contributions (the 2014 letter has three).
 * "addition": named separately ("Daarnaast …"), as the OSCE observers in Ukraine are.
 */
export const ClusterRelation = z.enum(["group", "addition"]);
export type ClusterRelation = z.infer<typeof ClusterRelation>;

export const Cluster = z
  .strictObject({
    id: ClusterId,
    /** The evaluation whose grouping this is. */
    edition: EditionId,
    order: z.number().int().positive(),
    relation: ClusterRelation,
    name: LocalizedText,
    /** The aim the letter gives the group, e.g. strengthening the security structures. */
    purpose: LocalizedText,
    missions: z.array(MissionId).min(1),
    citation: Citation,
  })
  .meta({ id: "Cluster", description: "The letter's grouping of small contributions." });
export type Cluster = z.infer<typeof Cluster>;
