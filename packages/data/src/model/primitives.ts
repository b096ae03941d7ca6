import * as z from "zod";
import { daysInMonth } from "./dates.js";

/** Text with at least one visible character. A check, not a transform: output equals input. */
export const Text = z.string().regex(/\S/, "must not be empty or blank");

/** ISO 639-1 language code of a text as written ("nl", "en", …). */
export const Lang = z.string().regex(/^[a-z]{2}$/, "expected a two-letter ISO 639-1 language code");
export type Lang = z.infer<typeof Lang>;

/** The two languages every user-facing text in Inzet exists in. */
export const UiLang = z.enum(["en", "nl"]);
export type UiLang = z.infer<typeof UiLang>;

export const LocalizedText = z
  .strictObject({ en: Text, nl: Text })
  .meta({ id: "LocalizedText", description: "The same text in English and Dutch." });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Text quoted in the language it was written in. */
export const OriginalText = z
  .strictObject({ text: Text, lang: Lang })
  .meta({ id: "OriginalText", description: "Text exactly as written, with its language." });
export type OriginalText = z.infer<typeof OriginalText>;

function isRealDate(value: string): boolean {
  if (value.length === 4) return true;
  const m = Number(value.slice(5, 7));
  if (m < 1 || m > 12) return false;
  if (value.length === 7) return true;
  const d = Number(value.slice(8, 10));
  return d >= 1 && d <= daysInMonth(Number(value.slice(0, 4)), m);
}

/** A date known to the year, month or day: sources often give only "2013" or "Jul 1956". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "not a real calendar date")
  .meta({ id: "PartialDate", description: "ISO 8601 date at year, month or day precision." });
export type PartialDate = z.infer<typeof PartialDate>;

export const Slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "expected a slug: lowercase letters, digits and single hyphens",
  );

export const Coordinates = z
  .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
  .meta({ id: "Coordinates", description: "WGS 84 latitude and longitude in degrees." });
export type Coordinates = z.infer<typeof Coordinates>;
