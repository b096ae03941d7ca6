import { join } from "node:path";
import { CSP_MANIFEST_FILE } from "../src/lib/route-policy";
import { webDir } from "./server";

/**
 * What the end-to-end tests run against: `next start` on the build (default), or the static
 * export served by nginx with its generated configuration (`E2E_TARGET=static`, after
 * `pnpm build:static`).
 */
export const E2E_TARGET: "next" | "static" =
  process.env.E2E_TARGET === "static" ? "static" : "next";

/** The test files that run against the static export: headers, routes, axe, downloads, Cite. */
export const STATIC_E2E_FILES = [
  "e2e/csp.e2e.ts",
  "e2e/pages.e2e.ts",
  "e2e/a11y.e2e.ts",
  "e2e/overview.e2e.ts",
  "e2e/mission.e2e.ts",
  "e2e/missions.e2e.ts",
  "e2e/downloads.e2e.ts",
  "e2e/cite.e2e.ts",
];

/** The CSP manifest of the build under test. */
export function cspManifestFile(): string {
  return join(webDir, E2E_TARGET === "static" ? "out/csp-manifest.json" : CSP_MANIFEST_FILE);
}
