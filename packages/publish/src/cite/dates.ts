import type { PartialDate } from "@inzet/data";

/** CSL's date for a partial date: only the parts the source gives ("2015-05" → [[2015, 5]]). */
export function cslDate(date: PartialDate | string | undefined) {
  if (date === undefined) return undefined;
  return { "date-parts": [date.split("-").map(Number)] };
}

/** A BibTeX/RIS-safe citation key: letters, digits and underscores ("kst-29521-291" → "kst_29521_291"). */
export const citationKey = (...parts: string[]): string =>
  parts
    .join("_")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
