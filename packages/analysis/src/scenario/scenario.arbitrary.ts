import { CountingBasis } from "@inzet/data";
import fc from "fast-check";
import { FRAMEWORKS } from "../frameworks.js";
import { parseScenario } from "./parse.js";
import type { Scenario } from "./schema.js";

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const name = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
  .filter((s) => /\S/.test(s));
const count = fc.nat(500);
const wording = fc.record({ text: name, lang: fc.constantFrom("nl", "en") });

const quantity = fc
  .tuple(
    fc.oneof(
      fc.record({
        qualifier: fc.constantFrom("exact", "approximately", "moreThan", "atLeast", "upTo"),
        value: count,
      }),
      fc
        .tuple(count, count)
        .map(([a, b]) => ({ qualifier: "range", min: Math.min(a, b), max: Math.max(a, b) })),
      fc.constantFrom({ qualifier: "few" }, { qualifier: "unknown" }),
    ),
    fc.option(wording, { nil: undefined }),
    fc.option(fc.constantFrom(...CountingBasis.options), { nil: undefined }),
  )
  .map(([q, w, basis]) => ({ ...q, ...(w ? { wording: w } : {}), ...(basis ? { basis } : {}) }));

const operation = fc.oneof(
  fc.record({ op: fc.constant("end"), id }),
  fc.record({ op: fc.constant("move"), id, group: id }),
  fc.record({ op: fc.constant("resize"), id, quantity }),
  fc.record(
    { op: fc.constant("addMission"), mission: id, group: id },
    { requiredKeys: ["op", "mission"] },
  ),
  fc.record(
    {
      op: fc.constant("addDescribed"),
      id,
      name,
      group: id,
      framework: fc.constantFrom(...FRAMEWORKS),
      countries: fc.array(fc.constantFrom("ML", "SO", "UA", "XK"), { minLength: 1, maxLength: 3 }),
      quantity,
      organisation: id,
    },
    { requiredKeys: ["op", "id", "name", "group", "framework", "countries", "quantity"] },
  ),
);

/** Any valid scenario: names in any script, every operation, quantities with and without wording. */
export const arbitraryScenario: fc.Arbitrary<Scenario> = fc
  .record(
    {
      name,
      groups: fc.array(fc.record({ id, name }), { maxLength: 3 }),
      operations: fc.array(operation, { maxLength: 8 }),
    },
    { requiredKeys: ["name", "operations"] },
  )
  .map((s) => {
    const parsed = parseScenario(s);
    if (!parsed.ok)
      throw new Error(`generator made an invalid scenario: ${parsed.issues[0]?.message.en}`);
    return parsed.scenario;
  });
