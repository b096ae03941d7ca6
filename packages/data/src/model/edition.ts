import * as z from "zod";
import { Citation, fact } from "./citation.js";
import { EditionId, MissionId, SourceId } from "./ids.js";
import { LocalizedText, PartialDate } from "./primitives.js";

/** A mission an edition treats, with the place in it that says so (a chapter, a table row). */
export const EditionCoverage = z
  .strictObject({ mission: MissionId, citation: Citation })
  .meta({ id: "EditionCoverage", description: "A mission an evaluation edition treats." });
export type EditionCoverage = z.infer<typeof EditionCoverage>;

/**
 * One year's evaluation sent to parliament: the letter (a Kamerstuk), its annex where the dataset
 * knows it, the letter's date as a source gives it, and the missions it treats. Its groups are
 * the clusters that name it; the 2014 evaluation is one edition among several.
 */
export const Edition = z
  .strictObject({
    id: EditionId,
    /** The year the evaluation covers (the 2014 evaluation was sent in May 2015). */
    reportingYear: z.number().int().min(1900).max(2100),
    title: LocalizedText,
    /** The letter that sends it to parliament. */
    letter: SourceId,
    /** The report itself, where the dataset has it as a source of its own. */
    annex: SourceId.optional(),
    /** The letter's date, as a source states it (often only a later committee report does). */
    date: fact(PartialDate).optional(),
    /** Missions it treats beyond those of its groups, each where a page of it says so. */
    covers: z.array(EditionCoverage),
    note: LocalizedText.optional(),
  })
  .meta({ id: "Edition", description: "A yearly evaluation of missions, sent to parliament." });
export type Edition = z.infer<typeof Edition>;
