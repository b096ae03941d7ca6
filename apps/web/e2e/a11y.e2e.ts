import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Axe from "axe-core";
import { describe, expect, it } from "vitest";
import { PAGE_TYPES, PAGE_TYPES_NL } from "./pages";
import { useSession } from "./session";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

const { withPage } = useSession();

/**
 * The sources page lists every source (about 200, each with its kind, identifier and copies):
 * axe checks all of it, colour contrast of every text node included, which takes a few times
 * as long as on other pages when other work shares the two cores.
 */
const LONG_PAGES = new Set(["sources"]);
const timeoutFor = (name: string) =>
  LONG_PAGES.has(name.replace(/ \(nl\)$/, "")) ? 180_000 : undefined;

const CASES = [
  ...PAGE_TYPES.map((page) => ({ ...page, colorScheme: "light" as const })),
  ...PAGE_TYPES.map((page) => ({ ...page, colorScheme: "dark" as const })),
  ...PAGE_TYPES_NL.map((page) => ({ ...page, colorScheme: "light" as const })),
];

describe.concurrent("accessibility: axe-core finds no violation", () => {
  for (const { name, path, status, colorScheme } of CASES) {
    it(
      `${name}, ${colorScheme} (${path})`,
      () =>
        // bypassCSP only to inject axe itself; the CSP is checked in csp.e2e.ts and pages.e2e.ts.
        withPage({ colorScheme, bypassCSP: true }, async (page) => {
          const response = await page.goto(path);
          expect(response?.status()).toBe(status);
          await page.addScriptTag({ content: AXE_SOURCE });
          const violations = await page.evaluate(async () => {
            const { axe } = window as unknown as { axe: typeof Axe };
            const results = await axe.run(document, { resultTypes: ["violations"] });
            return results.violations;
          });
          expect(describeViolations(violations)).toEqual([]);
        }),
      timeoutFor(name),
    );
  }
});

/** One readable line per rule and element: rule, impact, selector, what to fix. */
function describeViolations(violations: Axe.Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${violation.help}. ${
          node.failureSummary?.replace(/\s+/g, " ") ?? ""
        } — ${node.html.slice(0, 160)}`,
    ),
  );
}
