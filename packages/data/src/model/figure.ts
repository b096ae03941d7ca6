import * as z from "zod";
import { Quantity } from "../quantity/quantity.js";
import { Citation, FactStatus } from "./citation.js";
import { ClusterId, FigureId, MissionId } from "./ids.js";
import { LocalizedText, PartialDate } from "./primitives.js";

export const Period = z
  .strictObject({ from: PartialDate, to: PartialDate.optional() })
  .meta({ id: "Period", description: "A span of time; without `to`, the source gives no end." });
export type Period = z.infer<typeof Period>;

/** Whose people a figure counts: the 2014 letter appears to count Defence personnel only. */
export const PersonnelScope = z.enum([
  "defence",
  "military",
  "police",
  "civilian",
  "all",
  "unspecified",
]);
export type PersonnelScope = z.infer<typeof PersonnelScope>;

export const PersonnelFigure = z
  .strictObject({
    id: FigureId,
    /** Exactly one of mission and cluster. */
    mission: MissionId.optional(),
    cluster: ClusterId.optional(),
    quantity: Quantity,
    /** A date ("2014", "2015-01-30") or a period the figure speaks of. */
    asOf: z.union([PartialDate, Period]),
    /**
     * The year of the evaluation that reports the figure, where it differs from what asOf says:
     * the 2014 evaluation's group figures describe spring 2015, when its annex was written.
     */
    reportingYear: z.number().int().min(1900).max(2100).optional(),
    /** "planned" for a size a source announces (an offer, a plan); absent or "actual": counted. */
    status: FactStatus.optional(),
    /** True when no source a reader can check confirms the figure (it rests on a copy, say). */
    unverified: z.boolean().optional(),
    scope: PersonnelScope,
    /** What the people did or where they sat, when the source says. */
    role: LocalizedText.optional(),
    note: LocalizedText.optional(),
    citation: Citation,
  })
  .meta({
    id: "PersonnelFigure",
    description: "Dutch personnel in a mission or group, as of a date, with its source.",
  });
export type PersonnelFigure = z.infer<typeof PersonnelFigure>;
