import * as z from "zod";
import { SourceId } from "./ids.js";
import { LocalizedText, OriginalText, PartialDate, Text } from "./primitives.js";

export const Citation = z
  .strictObject({
    source: SourceId,
    /**
     * Where in the source: page, section, paragraph. One text when it reads the same in both
     * languages (a heading as the source prints it), else in English and Dutch ("p. 45" / "blz. 45").
     */
    locator: z.union([Text, LocalizedText]).optional(),
    /** The supporting words, exactly as the source has them. */
    quote: OriginalText.optional(),
    /** A working translation of the quote (not an official one). */
    translation: OriginalText.optional(),
    /** The date the cited statement speaks of, where it differs from the source's date. */
    asOf: PartialDate.optional(),
    accessed: PartialDate.optional(),
  })
  .meta({
    id: "Citation",
    description: "Where a fact was stated: a source, a place in it, a quote.",
  });
export type Citation = z.infer<typeof Citation>;

/**
 * Whether what a fact states happened: "planned" while its sources only announce it (an end date
 * "until September 2016" written in 2016), "actual" once a source confirms it. Absent: as stated.
 */
export const FactStatus = z.enum(["planned", "actual"]);
export type FactStatus = z.infer<typeof FactStatus>;

/** A value with the citations that state it; without citations it must be marked unverified. */
export function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    citations: z.array(Citation),
    /** True for general knowledge not checked against a source: shown, but labelled. */
    unverified: z.boolean().optional(),
    status: FactStatus.optional(),
    note: LocalizedText.optional(),
  });
}

export type Fact<T> = {
  value: T;
  citations: Citation[];
  unverified?: boolean | undefined;
  status?: FactStatus | undefined;
  note?: LocalizedText | undefined;
};
