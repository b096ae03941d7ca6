import { join } from "node:path";
import { CSP_MANIFEST_FILE } from "../src/lib/route-policy";
import { webDir } from "./server";

/**
 * What the end-to-end tests run against: `next start` on the build (default), or the static
 * export served from its files with the headers of its `_headers` (`E2E_TARGET=static`, after
 * `pnpm build:static`; e2e/headers-server.ts, or nginx with E2E_STATIC_SERVER=nginx).
 */
export const E2E_TARGET: "next" | "static" =
  process.env.E2E_TARGET === "static" ? "static" : "next";

/**
 * The test files that run against the static export: headers and CSP on every page type, the
 * pages in Chromium, axe on a few pages, the downloads, Cite, and what only a static host does.
 */
export const STATIC_E2E_FILES = [
  "e2e/csp.e2e.ts",
  "e2e/pages.e2e.ts",
  "e2e/a11y.e2e.ts",
  "e2e/downloads.e2e.ts",
  "e2e/cite.e2e.ts",
  "e2e/static-export.e2e.ts",
];

/** Tests that only mean something against the static export. */
export const STATIC_ONLY_E2E_FILES = ["e2e/static-export.e2e.ts"];

/** Axe against the static export: these page types only (the whole set runs against `next start`). */
export const STATIC_A11Y_PAGES = new Set(["overview", "mission", "data", "404 (nl)"]);

/** The CSP manifest of the build under test. */
export function cspManifestFile(): string {
  return join(webDir, E2E_TARGET === "static" ? "out/csp-manifest.json" : CSP_MANIFEST_FILE);
}
