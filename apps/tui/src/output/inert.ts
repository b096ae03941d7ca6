// biome-ignore-all lint/suspicious/noControlCharactersInRegex: matching control characters is the point
// Data may be hostile: no string from it may move the cursor, recolour or retitle a terminal.

const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)/g;
// CSI as one C1 byte (U+009B) with its parameters, and single C1/C0 controls and bidi overrides.
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]?/g;
const CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const BREAKS = /[\t\n\r]+/g;

/** The string with escape sequences removed, other controls shown as U+FFFD, breaks as spaces. */
export function inert(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, "")
    .replace(C1_SEQUENCE, "")
    .replace(BREAKS, " ")
    .replace(CONTROL, "\uFFFD");
}

/** JSON text with C1 controls and line separators escaped: same data, safe to print. */
export function inertJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Text of several lines (BibTeX, a diff), made inert: its line breaks and tabs stay. */
export function inertLines(text: string): string {
  return text
    .split("\n")
    .map((line) => line.split("\t").map(inert).join("\t"))
    .join("\n");
}
