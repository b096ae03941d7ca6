import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Axe from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PAGE_TYPES, PAGE_TYPES_NL } from "./pages";
import { useSession } from "./session";
import { E2E_TARGET, STATIC_A11Y_PAGES } from "./target";
import { openWorkbench, pickAssessment } from "./workbench";

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
].filter(({ name }) => E2E_TARGET !== "static" || STATIC_A11Y_PAGES.has(name));

describe.concurrent("accessibility: axe-core finds no violation", () => {
  for (const { name, path, status, colorScheme } of CASES) {
    it(
      `${name}, ${colorScheme} (${path})`,
      () =>
        // bypassCSP only to inject axe itself; the CSP is checked in csp.e2e.ts and pages.e2e.ts.
        withPage({ colorScheme, bypassCSP: true }, async (page) => {
          const response = await page.goto(path);
          expect(response?.status()).toBe(status);
          expect(await axeViolations(page)).toEqual([]);
        }),
      timeoutFor(name),
    );
  }
});

/** The workbench pages in the states a reader brings them to, not only as served. */
const STATES: { name: string; prepare: (page: Page) => Promise<void> }[] = [
  {
    name: "assessment: a file loaded, a rating's details shown, sorted",
    prepare: async (page) => {
      await openWorkbench(page, "/en/assessment");
      await pickAssessment(page);
      await page.getByText("Loaded: assessment.yaml").waitFor();
      await page.getByRole("button", { name: /^Personnel/ }).click();
      await page.locator(".matrix td.rating-cell").first().focus();
      await page.getByRole("tooltip").first().waitFor();
    },
  },
  {
    name: "assessment: a bad file's problems",
    prepare: async (page) => {
      await openWorkbench(page, "/nl/assessment");
      await pickAssessment(page, "bad.yaml", "meta: {}\nratings: 3\n");
      // Next's route announcer is an (empty) alert too: wait for the page's own.
      await page.getByRole("alert").filter({ hasText: "bad.yaml" }).waitFor();
    },
  },
  {
    name: "scenarios: the token question answered, a size that cannot be read",
    prepare: async (page) => {
      await openWorkbench(page, "/en/scenarios");
      await page.getByRole("button", { name: /^End every contribution/ }).click();
      await page.locator(".token-remaining").waitFor();
      await page.getByLabel("Size of KFOR").fill("lots");
      await page.getByLabel("Size of KFOR").press("Enter");
      await page.locator(".field-error").waitFor();
    },
  },
];

describe
  .skipIf(E2E_TARGET === "static")
  .concurrent("accessibility of the workbench in use: axe-core finds no violation", () => {
    for (const { name, prepare } of STATES)
      for (const colorScheme of ["light", "dark"] as const)
        it(`${name}, ${colorScheme}`, () =>
          withPage({ colorScheme, bypassCSP: true }, async (page) => {
            await prepare(page);
            expect(await axeViolations(page)).toEqual([]);
          }));
  });

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations;
  });
  return describeViolations(violations);
}

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
