// The package's Node entry registers every locale (~1 MB); the code list alone is all we need.
import countries from "i18n-iso-countries/index.js";
import type { UiLang } from "./primitives.js";

/** ISO 3166-1 alpha-2, plus XK (Kosovo), which the code list carries as user-assigned. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

const names = new Map<UiLang, Intl.DisplayNames>();

/** The country's common name in the UI language, from the runtime's CLDR data. */
export function countryName(code: string, lang: UiLang): string {
  let display = names.get(lang);
  if (!display) {
    display = new Intl.DisplayNames([lang], { type: "region", fallback: "code" });
    names.set(lang, display);
  }
  return display.of(code) ?? code;
}
