// Table Schema fields (https://specs.frictionlessdata.io/table-schema/) for the kinds of value the
// dataset holds. Patterns are implicitly anchored, as the spec says (XML Schema regular expressions).

export type FieldType = "string" | "integer" | "number" | "boolean";
export type Constraints = {
  required?: boolean;
  unique?: boolean;
  enum?: readonly (string | number)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
};
export type Field = {
  name: string;
  type: FieldType;
  format?: "default" | "uri" | "email";
  description: string;
  constraints?: Constraints;
};

const field = (
  name: string,
  type: FieldType,
  description: string,
  constraints: Constraints = {},
  format?: Field["format"],
): Field => ({
  name,
  type,
  ...(format ? { format } : {}),
  description,
  ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
});

const SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

/** An item's own id: a slug, required and unique. */
export const idField = (name: string, description: string): Field =>
  field(name, "string", description, { required: true, unique: true, pattern: SLUG });

/** The id of an item in another table (or this one): a slug. */
export const refField = (name: string, description: string, required = false): Field =>
  field(name, "string", description, { ...(required ? { required } : {}), pattern: SLUG });

export const textField = (name: string, description: string, required = false): Field =>
  field(name, "string", description, required ? { required } : {});

/** English and Dutch columns of one text: `name_en`, `name_nl`. */
export const localizedFields = (name: string, what: string, required = false): Field[] => [
  textField(`${name}_en`, `${what}, in English.`, required),
  textField(`${name}_nl`, `${what}, in Dutch.`, required),
];

/**
 * A date known to the year, month or day ("1948", "1956-07", "2015-05-20"): a string with a
 * pattern, not the `date` type, which would invent a month and a day the source does not give.
 */
export const partialDateField = (name: string, description: string, required = false): Field =>
  field(
    name,
    "string",
    `${description} ISO 8601 at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.`,
    { ...(required ? { required } : {}), pattern: "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" },
  );

export const enumField = (
  name: string,
  values: readonly string[],
  description: string,
  required = false,
): Field => field(name, "string", description, { ...(required ? { required } : {}), enum: values });

export const integerField = (
  name: string,
  description: string,
  constraints: Constraints = {},
): Field => field(name, "integer", description, constraints);

export const numberField = (name: string, description: string, constraints: Constraints = {}) =>
  field(name, "number", description, constraints);

export const booleanField = (name: string, description: string): Field =>
  field(name, "boolean", description);

export const urlField = (name: string, description: string): Field =>
  field(name, "string", description, {}, "uri");

export const langField = (name: string, description: string, required = false): Field =>
  field(name, "string", description, { ...(required ? { required } : {}), pattern: "[a-z]{2}" });

/** The place of an item in its list: lists keep their order. */
export const positionField = (): Field =>
  integerField("position", "Place in the list, from 0.", { required: true, minimum: 0 });
