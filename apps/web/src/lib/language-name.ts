import type { Locale } from "../i18n/routing";

const names = new Map<Locale, Intl.DisplayNames>();

/** "nl" → "Dutch" / "Nederlands", from the runtime's CLDR data. */
export function languageName(code: string, locale: Locale): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    names.set(locale, display);
  }
  return display.of(code) ?? code;
}
