// The code list alone (the package's Node entry would register every locale, ~1 MB).
import countries from "i18n-iso-countries/index.js";

/** ISO 3166-1 alpha-3 of an alpha-2 code; undefined for user-assigned codes such as XK (Kosovo). */
export function alpha3(code: string): string | undefined {
  if (code.startsWith("X")) return undefined;
  return countries.alpha2ToAlpha3(code);
}
