import type * as z from "zod";
import { nl } from "zod/locales";
import type { LocalizedText } from "../model/primitives.js";
import { issue, type ValidationIssue } from "./issue.js";

const dutch = nl().localeError;

function dutchMessage(raw: z.core.$ZodIssue): string {
  const out = dutch(raw as unknown as z.core.$ZodRawIssue);
  if (typeof out === "string") return out;
  return out?.message ?? raw.message;
}

function hintFor(raw: z.core.$ZodIssue): LocalizedText {
  switch (raw.code) {
    case "invalid_type":
      if (raw.expected === "string" && typeof raw.input === "number")
        return {
          en: `Put the value in quotes ("${raw.input}"): unquoted, YAML reads it as a number.`,
          nl: `Zet de waarde tussen aanhalingstekens ("${raw.input}"): zonder leest YAML een getal.`,
        };
      return raw.input === undefined
        ? { en: "Add this required field.", nl: "Voeg dit verplichte veld toe." }
        : {
            en: `Give a value of type ${raw.expected}.`,
            nl: `Geef een waarde van het type ${raw.expected}.`,
          };
    case "unrecognized_keys":
      return {
        en: `Remove ${raw.keys.join(", ")} or correct its spelling; see the JSON Schema for the allowed fields.`,
        nl: `Verwijder ${raw.keys.join(", ")} of verbeter de spelling; het JSON Schema noemt de toegestane velden.`,
      };
    case "invalid_value":
      return {
        en: `Use one of: ${raw.values.map(String).join(", ")}.`,
        nl: `Gebruik een van: ${raw.values.map(String).join(", ")}.`,
      };
    case "invalid_union":
      return {
        en: "The value matches none of the allowed shapes; check the discriminating field (e.g. qualifier) and its companions.",
        nl: "De waarde past bij geen van de toegestane vormen; controleer het onderscheidende veld (bv. qualifier) en de bijbehorende velden.",
      };
    case "invalid_format":
      return {
        en: "Correct the format as described.",
        nl: "Verbeter het formaat zoals beschreven.",
      };
    case "too_small":
    case "too_big":
      return {
        en: "Bring the value within the stated limit.",
        nl: "Breng de waarde binnen de genoemde grens.",
      };
    default:
      return { en: "Correct the value as described.", nl: "Verbeter de waarde zoals beschreven." };
  }
}

/**
 * The one alternative of a union that the value has the right type for (a text or a mapping),
 * if there is exactly one: its own problems ("add en") say more than "matches none of the shapes".
 */
function closestAlternative(raw: z.core.$ZodIssue): readonly z.core.$ZodIssue[] | undefined {
  if (raw.code !== "invalid_union") return undefined;
  const rightType = raw.errors.filter(
    (branch) => !branch.some((i) => i.path.length === 0 && i.code === "invalid_type"),
  );
  return rightType.length === 1 ? rightType[0] : undefined;
}

/**
 * Turns zod issues into located, bilingual validation issues under `prefix`. Parse with
 * `{ reportInput: true }`: the fixes quote the offending value ("put 2014 in quotes").
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[],
): ValidationIssue[] {
  return issues.flatMap((raw) => {
    const path = [...prefix, ...raw.path.map((k) => (typeof k === "symbol" ? String(k) : k))];
    const closest = closestAlternative(raw);
    if (closest) return fromZodIssues(closest, path);
    return [issue("schema", path, { en: raw.message, nl: dutchMessage(raw) }, hintFor(raw))];
  });
}
