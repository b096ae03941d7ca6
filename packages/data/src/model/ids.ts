import type * as z from "zod";
import { Slug } from "./primitives.js";

// Branded: parsing is the only way to mint one, so a plain string is never a MissionId.
export const MissionId = Slug.brand<"MissionId">();
export type MissionId = z.infer<typeof MissionId>;

export const ClusterId = Slug.brand<"ClusterId">();
export type ClusterId = z.infer<typeof ClusterId>;

export const SourceId = Slug.brand<"SourceId">();
export type SourceId = z.infer<typeof SourceId>;

export const OrganisationId = Slug.brand<"OrganisationId">();
export type OrganisationId = z.infer<typeof OrganisationId>;

export const FigureId = Slug.brand<"FigureId">();
export type FigureId = z.infer<typeof FigureId>;

export const StatementId = Slug.brand<"StatementId">();
export type StatementId = z.infer<typeof StatementId>;

export const EditionId = Slug.brand<"EditionId">();
export type EditionId = z.infer<typeof EditionId>;

export const CountId = Slug.brand<"CountId">();
export type CountId = z.infer<typeof CountId>;
