// The assessment file: an analyst's judgements, kept in a file of their own, never in the dataset.
import { Citation, LocalizedText, PartialDate } from "@inzet/data";
import * as z from "zod";

const Text = z.string().regex(/\S/, "must not be empty or blank");
const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "expected an id: lowercase letters, digits and single hyphens",
  );

export const ScaleLevel = z
  .strictObject({ value: z.number().int().min(-100).max(100), label: LocalizedText })
  .meta({
    id: "ScaleLevel",
    description: "One step of the ordinal rating scale, with its meaning.",
  });
export type ScaleLevel = z.infer<typeof ScaleLevel>;

export const Rationale = z
  .strictObject({ en: Text.optional(), nl: Text.optional() })
  .meta({ id: "Rationale", description: "Why the rating: in English, Dutch or both." });
export type Rationale = z.infer<typeof Rationale>;

export const Rating = z
  .strictObject({
    /** A mission id of the dataset: the Dutch contribution to that mission. */
    contribution: Id,
    /** A consideration id of the dataset (the letter's six). */
    consideration: Id,
    /** A value of the declared scale; null: not (yet) rated. */
    rating: z.number().int().nullable(),
    rationale: Rationale.optional(),
    /** Citations into the dataset's sources. */
    evidence: z.array(Citation).optional(),
    /** Who rated and when, where it differs from the file's author and date. */
    author: Text.optional(),
    date: PartialDate.optional(),
  })
  .meta({
    id: "Rating",
    description: "An analyst's rating of one contribution on one consideration.",
  });
export type Rating = z.infer<typeof Rating>;

export const AssessmentMeta = z
  .strictObject({
    title: Text.optional(),
    author: Text.nullable().optional(),
    date: PartialDate.nullable().optional(),
    /** The dataset version the judgements were made against. */
    dataset: Text.optional(),
    /** The ordinal scale, lowest first, 2 to 11 steps. */
    scale: z.array(ScaleLevel).min(2).max(11),
    /** Optional weights per consideration id, for a weighted score beside the ratings. */
    weights: z.record(Id, z.number().nonnegative().max(1000)).optional(),
  })
  .meta({
    id: "AssessmentMeta",
    description: "Who assessed, when, on which scale, with which weights.",
  });
export type AssessmentMeta = z.infer<typeof AssessmentMeta>;

export const Assessment = z
  .strictObject({
    $schema: z.string().optional(),
    meta: AssessmentMeta,
    ratings: z.array(Rating),
  })
  .meta({
    id: "Assessment",
    description:
      "An analyst's judgements of the Dutch contributions against the letter's six considerations. Judgements, not facts: kept apart from the Inzet dataset.",
  });
export type Assessment = z.infer<typeof Assessment>;

export const ASSESSMENT_SCHEMA_ID = "urn:inzet:schema:assessment:1";

/** The JSON Schema of the assessment file (draft 2020-12). */
export function assessmentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Assessment, { io: "input", target: "draft-2020-12" }),
    $id: ASSESSMENT_SCHEMA_ID,
  };
}
