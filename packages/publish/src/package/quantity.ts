// A Quantity (a figure as the source words it) as columns: the same in figures and mission_counts.
import { CountingBasis, QUALIFIERS, type Quantity, quantityBounds } from "@inzet/data";
import { enumField, type Field, integerField, langField, textField } from "./fields.js";
import { defined, type Row, str } from "./table.js";

const count = (name: string, description: string) =>
  integerField(name, description, { minimum: 0 });

/**
 * qualifier, value, min, max, derived low and high, wording (and its language), basis; `value`
 * says what the number is ("The number of missions"), `thing` what is worded ("count").
 */
export const quantityFields = (value: string, thing: string): Field[] => [
  enumField(
    "qualifier",
    QUALIFIERS,
    "How the source words it: exact, approximately, moreThan, atLeast, upTo, range, few, unknown.",
    true,
  ),
  count("value", `${value}, for exact, approximately, moreThan, atLeast and upTo.`),
  count("min", "Lowest of a range."),
  count("max", "Highest of a range."),
  count("low", "Derived: the lowest count the wording allows."),
  count(
    "high",
    "Derived: the highest count the wording allows; empty where it sets no upper bound.",
  ),
  textField("wording", `The source's own words for the ${thing}.`),
  langField("wording_lang", "Language of the wording."),
  enumField("basis", CountingBasis.options, "What was counted."),
];

export function quantityCells(q: Quantity): Row {
  const bounds = quantityBounds(q);
  return {
    qualifier: q.qualifier,
    value: "value" in q ? q.value : null,
    min: q.qualifier === "range" ? q.min : null,
    max: q.qualifier === "range" ? q.max : null,
    low: bounds.low,
    high: bounds.high,
    wording: q.wording?.text ?? null,
    wording_lang: q.wording?.lang ?? null,
    basis: q.basis ?? null,
  };
}

/** The quantity (as plain input) back from its columns; low and high are derived, not read. */
export function readQuantity(r: Row): Record<string, unknown> {
  const wording =
    r.wording === null ? undefined : { text: str(r, "wording"), lang: str(r, "wording_lang") };
  return defined({
    qualifier: str(r, "qualifier"),
    value: r.value ?? undefined,
    min: r.min ?? undefined,
    max: r.max ?? undefined,
    wording,
    basis: str(r, "basis"),
  });
}
