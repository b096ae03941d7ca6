import { href, isLocale, type Locale, routing } from "../i18n/routing";
import { CSP_MANIFEST_NAME, type CspManifest } from "./csp";

export const CSP_MANIFEST_FILE = `.next/${CSP_MANIFEST_NAME}`;

/** Where every unknown path under a locale is answered, with status 404. */
export const notFoundPath = (locale: Locale) => href(locale, "/404");

/** "/data/inzet.json", "/icon.svg": a file, never a page to redirect to a language. */
export function looksLikeFile(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path);
}

export type RouteDecision =
  | { kind: "page"; path: string; scriptHashes: string[]; styleHashes: string[]; status: 200 | 404 }
  | { kind: "file" }
  | { kind: "locale-redirect" };

/**
 * What the proxy does with a request path: serve a prerendered page with its hashes, serve a
 * file, send a path without a locale to next-intl (which redirects to /en/…), or answer an
 * unknown path with the localized 404 page.
 */
export function decideRoute(manifest: CspManifest, pathname: string): RouteDecision {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const first = path.split("/")[1] ?? "";
  if (manifest.files.includes(path)) return { kind: "file" };
  if (!isLocale(first)) {
    if (!looksLikeFile(path)) return { kind: "locale-redirect" };
  }
  const locale = isLocale(first) ? first : routing.defaultLocale;
  const page = manifest.pages[path];
  const missing = notFoundPath(locale);
  const styleHashes = manifest.styles;
  if (page && path !== missing) {
    return { kind: "page", path, scriptHashes: page, styleHashes, status: 200 };
  }
  const scriptHashes = manifest.pages[missing] ?? [];
  return { kind: "page", path: missing, scriptHashes, styleHashes, status: 404 };
}
