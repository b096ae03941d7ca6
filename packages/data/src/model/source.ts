import * as z from "zod";
import { SourceId } from "./ids.js";
import { Lang, LocalizedText, PartialDate, Text } from "./primitives.js";

export const SourceKind = z.enum([
  "parliamentaryPaper",
  "governmentPublication",
  "legalAct",
  "unDocument",
  "webPage",
  "news",
  "magazine",
  "report",
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const KamerstukRef = z
  .strictObject({
    dossier: z.string().regex(/^\d{2} \d{3}$/, 'expected a dossier number such as "29 521"'),
    number: z.string().regex(/^(\d+|[A-Z]{1,2})$/, 'expected a paper number such as "291" or "D"'),
  })
  .meta({ id: "KamerstukRef", description: "A Dutch parliamentary paper: dossier and number." });
export type KamerstukRef = z.infer<typeof KamerstukRef>;

export const Source = z
  .strictObject({
    id: SourceId,
    kind: SourceKind,
    /** Title in the source's own language. */
    title: Text,
    /** Working translation of the title, where the source is not in English. */
    titleEn: Text.optional(),
    publisher: Text.optional(),
    date: PartialDate.optional(),
    language: Lang,
    url: z.url({ protocol: /^https?$/ }).optional(),
    kamerstuk: KamerstukRef.optional(),
    /** The larger document this one is part of (an annex of a letter, a page of a site). */
    partOf: SourceId.optional(),
    note: LocalizedText.optional(),
  })
  .meta({ id: "Source", description: "A document or page that states facts in the dataset." });
export type Source = z.infer<typeof Source>;
