import * as z from "zod";
import { SourceId } from "./ids.js";
import { Lang, LocalizedText, PartialDate, Text } from "./primitives.js";
import { PUBLISHER_KINDS } from "./publisher-kinds.js";

/** What a source is, as a document. */
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

/**
 * Who published it, which is what decides how far a reader can rest a fact on it: "official" is a
 * primary source (the Dutch government and parliament, the UN, EU, NATO, OSCE, a partner
 * government); a "mirror" is a copy or an aggregator's; "stateAffiliated" is the state media of a
 * party to a conflict. The validator's source policy works on this (validate/rules/policy.ts).
 */
export const PublisherKind = z.enum(PUBLISHER_KINDS);
export type PublisherKind = z.infer<typeof PublisherKind>;

export const KamerstukRef = z
  .strictObject({
    scheme: z.literal("kamerstuk"),
    dossier: z.string().regex(/^\d{2} \d{3}$/, 'expected a dossier number such as "29 521"'),
    number: z.string().regex(/^(\d+|[A-Z]{1,2})$/, 'expected a paper number such as "291" or "D"'),
  })
  .meta({ id: "KamerstukRef", description: "A Dutch parliamentary paper: dossier and number." });
export type KamerstukRef = z.infer<typeof KamerstukRef>;

export const CelexRef = z
  .strictObject({
    scheme: z.literal("celex"),
    /** Sector, year, type and number: 32013D0034 is Council Decision 2013/34/CFSP. */
    celex: z
      .string()
      .regex(
        /^[0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}(\([0-9]{2}\))?$/,
        "expected a CELEX number such as 32013D0034",
      ),
    /** The act's European Legislation Identifier, where EUR-Lex gives one. */
    eli: z
      .string()
      .regex(
        /^http:\/\/data\.europa\.eu\/eli\/[a-z_]+\/[0-9]{4}\/[0-9]+(\([0-9]+\))?\/oj$/,
        "expected an ELI such as http://data.europa.eu/eli/dec/2013/34/oj",
      )
      .optional(),
  })
  .meta({ id: "CelexRef", description: "An EU act on EUR-Lex: its CELEX number and ELI." });
export type CelexRef = z.infer<typeof CelexRef>;

export const UnSymbolRef = z
  .strictObject({
    scheme: z.literal("unSymbol"),
    /** The document symbol: S/RES/350 (1974), S/2014/665, SC/11560 for a press release. */
    symbol: z
      .string()
      .regex(
        /^[A-Z]+(\/[A-Z0-9.-]+)+( \([0-9]{4}\))?$/,
        'expected a UN document symbol such as "S/RES/350 (1974)" or "S/2014/665"',
      ),
  })
  .meta({ id: "UnSymbolRef", description: "A United Nations document, by its symbol." });
export type UnSymbolRef = z.infer<typeof UnSymbolRef>;

export const DoiRef = z
  .strictObject({
    scheme: z.literal("doi"),
    doi: z.string().regex(/^10\.[0-9]{4,9}\/\S+$/, "expected a DOI such as 10.7910/DVN/0EGYWY"),
  })
  .meta({ id: "DoiRef", description: "A Digital Object Identifier." });
export type DoiRef = z.infer<typeof DoiRef>;

/** The canonical reference of a source, from which its canonical address follows (identifiers.ts). */
export const SourceIdentifier = z
  .discriminatedUnion("scheme", [KamerstukRef, CelexRef, UnSymbolRef, DoiRef])
  .meta({ id: "SourceIdentifier", description: "Kamerstuk, EU act (CELEX), UN symbol or DOI." });
export type SourceIdentifier = z.infer<typeof SourceIdentifier>;

export const AccessedVia = z
  .strictObject({
    url: z.url({ protocol: /^https?$/ }),
    /** Who keeps the copy, where that helps a reader judge it. */
    publisher: Text.optional(),
    accessed: PartialDate.optional(),
    note: LocalizedText.optional(),
  })
  .meta({
    id: "AccessedVia",
    description: "A copy of the source where it was read: never the reference itself.",
  });
export type AccessedVia = z.infer<typeof AccessedVia>;

export const Source = z
  .strictObject({
    id: SourceId,
    kind: SourceKind,
    publisherKind: PublisherKind,
    /** Title in the source's own language. */
    title: Text,
    /** Working translation of the title, where the source is not in English. */
    titleEn: Text.optional(),
    publisher: Text.optional(),
    date: PartialDate.optional(),
    language: Lang,
    identifier: SourceIdentifier.optional(),
    /** Where a reader finds it; derived from the identifier when there is one, and must agree. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Copies where it was read (a mirror, an archive), kept beside the reference. */
    accessedVia: z.array(AccessedVia).optional(),
    /** The larger document this one is part of (an annex of a letter, a page of a site). */
    partOf: SourceId.optional(),
    note: LocalizedText.optional(),
  })
  .meta({ id: "Source", description: "A document or page that states facts in the dataset." });
export type Source = z.infer<typeof Source>;
