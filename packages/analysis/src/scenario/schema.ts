// A scenario: a named list of changes to the portfolio. The dataset is never changed.
import { CountryCode, Quantity } from "@inzet/data";
import * as z from "zod";
import { FRAMEWORKS } from "../frameworks.js";

const Id = z
  .string()
  .max(80)
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "expected an id: lowercase letters, digits and single hyphens",
  );
const Name = z.string().max(160).regex(/\S/, "must not be empty or blank");

export const ScenarioGroup = z.strictObject({ id: Id, name: Name }).meta({
  id: "ScenarioGroup",
  description: "A group a scenario adds, to move or add contributions to.",
});

export const Operation = z
  .discriminatedUnion("op", [
    z.strictObject({ op: z.literal("end"), id: Id }),
    z.strictObject({ op: z.literal("addMission"), mission: Id, group: Id.optional() }),
    z.strictObject({
      op: z.literal("addDescribed"),
      id: Id,
      name: Name,
      group: Id,
      framework: z.enum(FRAMEWORKS),
      organisation: Id.optional(),
      countries: z.array(CountryCode).min(1).max(60),
      quantity: Quantity,
    }),
    z.strictObject({ op: z.literal("move"), id: Id, group: Id }),
    z.strictObject({ op: z.literal("resize"), id: Id, quantity: Quantity }),
  ])
  .meta({
    id: "Operation",
    description:
      "end a contribution; add one from the dataset (addMission) or described (addDescribed); move it to another group; resize it.",
  });
export type Operation = z.infer<typeof Operation>;

export const Scenario = z
  .strictObject({
    name: Name,
    groups: z.array(ScenarioGroup).max(50).optional(),
    operations: z.array(Operation).max(1000),
  })
  .meta({
    id: "Scenario",
    description: "A named what-if: changes applied in order to the portfolio.",
  });
export type Scenario = z.infer<typeof Scenario>;

export const SCENARIO_SCHEMA_ID = "urn:inzet:schema:scenario:1";

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Scenario, { io: "input", target: "draft-2020-12" }),
    $id: SCENARIO_SCHEMA_ID,
  };
}
