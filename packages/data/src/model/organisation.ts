import * as z from "zod";
import { OrganisationId } from "./ids.js";
import { LocalizedText } from "./primitives.js";

export const OrganisationKind = z.enum(["intergovernmental", "state", "coalition", "bilateral"]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const Organisation = z
  .strictObject({
    id: OrganisationId,
    acronym: LocalizedText,
    name: LocalizedText,
    kind: OrganisationKind,
  })
  .meta({ id: "Organisation", description: "Who leads a mission: UN, EU, NATO, OSCE, a state…" });
export type Organisation = z.infer<typeof Organisation>;
