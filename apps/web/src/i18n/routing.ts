import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "nl"],
  defaultLocale: "en",
  localePrefix: "always",
  // "/" always opens the English pages; the language switch is explicit, not guessed.
  localeDetection: false,
  // Static pages need no cookie: the locale is always in the path.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** Site paths: "/en/missions/untso". */
export function href(locale: Locale, path = ""): string {
  return `/${locale}${path}`;
}
