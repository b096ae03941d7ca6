import * as z from "zod";
import { Citation, fact } from "./citation.js";
import { MissionId, OrganisationId } from "./ids.js";
import { Coordinates, LocalizedText, PartialDate, Text } from "./primitives.js";

export const MissionKind = z.enum([
  "military",
  "civilian",
  "multidimensional",
  "political",
  "lawEnforcement",
  "programme",
]);
export type MissionKind = z.infer<typeof MissionKind>;

export const MissionType = z.enum([
  "peaceEnforcement",
  "peacekeeping",
  "observation",
  "monitoring",
  "training",
  "advisory",
  "capacityBuilding",
  "securitySectorReform",
  "ruleOfLaw",
  "maritimeSecurity",
  "counterPiracy",
  "counterTerrorism",
  "protectionOfCivilians",
  "securityCoordination",
  "political",
]);
export type MissionType = z.infer<typeof MissionType>;

/** ISO 3166-1 alpha-2 (plus XK, Kosovo); checked against the code list in validation. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as NL");
export type CountryCode = z.infer<typeof CountryCode>;

export const Area = z
  .strictObject({ countries: z.array(CountryCode), description: LocalizedText.optional() })
  .meta({ id: "Area", description: "Where a mission operates." });

export const Place = z
  .strictObject({ name: LocalizedText, coordinates: fact(Coordinates).optional() })
  .meta({ id: "Place", description: "A named place, with coordinates where known." });
export type Place = z.infer<typeof Place>;

export const RelatedMission = z
  .strictObject({
    name: Text,
    mission: MissionId.optional(),
    date: PartialDate.optional(),
  })
  .meta({
    id: "RelatedMission",
    description: "A predecessor or successor, in the dataset or not.",
  });

export const DutchContribution = z
  .strictObject({
    start: fact(PartialDate).optional(),
    end: fact(PartialDate).optional(),
    /** The Dutch part was still going on this date, as its source says (no end yet). */
    runningAsOf: fact(PartialDate).optional(),
    roles: z.array(fact(LocalizedText)),
    notes: z.array(fact(LocalizedText)),
  })
  .meta({
    id: "DutchContribution",
    description: "What the Netherlands contributed, when; figures are separate.",
  });

export const Mission = z
  .strictObject({
    id: MissionId,
    acronym: Text,
    /** Other names used for it, e.g. the letter's "EUMAM CAR" for EUMAM RCA. */
    aliases: z.array(Text),
    name: LocalizedText,
    organisation: OrganisationId,
    kind: fact(MissionKind),
    types: fact(z.array(MissionType).min(1)),
    legalBasis: z.array(fact(LocalizedText)),
    start: fact(PartialDate).optional(),
    end: fact(PartialDate).optional(),
    /** The mission was still going on this date, as its source says: "ongoing as of". */
    runningAsOf: fact(PartialDate).optional(),
    predecessor: fact(RelatedMission).optional(),
    successor: fact(RelatedMission).optional(),
    area: fact(Area),
    headquarters: z.array(fact(Place)),
    description: fact(LocalizedText),
    netherlands: DutchContribution,
    /** Where the mission itself is named, starting with the letter. */
    citations: z.array(Citation).min(1),
  })
  .meta({ id: "Mission", description: "An international mission or operation, every fact cited." });
export type Mission = z.infer<typeof Mission>;
