import type { Coordinates } from "@inzet/data";
import type { Locale } from "../i18n/routing";

const HEMISPHERES: Record<Locale, { n: string; s: string; e: string; w: string }> = {
  en: { n: "N", s: "S", e: "E", w: "W" },
  nl: { n: "N", s: "Z", e: "O", w: "W" },
};

/** "31.76° N, 35.23° E" / "31,76° N, 35,23° O". */
export function formatCoordinates({ lat, lon }: Coordinates, locale: Locale): string {
  const num = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const h = HEMISPHERES[locale];
  return `${num.format(Math.abs(lat))}° ${lat < 0 ? h.s : h.n}, ${num.format(Math.abs(lon))}° ${lon < 0 ? h.w : h.e}`;
}
