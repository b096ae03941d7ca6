import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** The assessment file the tests load: the template with four ratings and two weights. */
export const FIXTURE_NAME = "assessment.yaml";
export const FIXTURE_PATH = new URL("./fixtures/assessment.yaml", import.meta.url);
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, "utf8");

/** Opens a workbench page and waits until its computation has loaded (and so hydrated). */
export async function openWorkbench(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('[data-engine="ready"]').waitFor({ timeout: 20_000 });
}

/** Polls until `read` gives `expected` (compared as JSON), else fails with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  what: string,
  timeout = 10_000,
): Promise<void> {
  const want = JSON.stringify(expected);
  const deadline = Date.now() + timeout;
  let got = "";
  while (Date.now() < deadline) {
    got = JSON.stringify(await read());
    if (got === want) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: expected ${want}\n got ${got}`);
}

/** Loads the assessment file through the page's file picker. */
export async function pickAssessment(page: Page, name = FIXTURE_NAME, text = FIXTURE_TEXT) {
  await page
    .locator(".assessment-file input[type=file]")
    .setInputFiles({ name, mimeType: "application/yaml", buffer: Buffer.from(text, "utf8") });
}

/** A metric's text in the scenario page's live table: column 0 is the baseline, 1 the scenario. */
export async function metric(page: Page, id: string, column = 1): Promise<string> {
  const cell = page.locator(".metrics").first().locator(`tr[data-metric="${id}"] td`).nth(column);
  // The value itself, without the "(changed)" a screen reader hears after it.
  return cell.evaluate((td) => td.firstChild?.textContent ?? "");
}

/**
 * Presses Tab until the focus is on an element matching `selector` (and, if given, whose
 * accessible text matches `name`), as a keyboard user would; fails if it never gets there.
 */
export async function tabTo(page: Page, selector: string, name?: RegExp, presses = 250) {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press("Tab");
    const hit = await page.evaluate(
      ([sel, source, flags]) => {
        const el = document.activeElement;
        if (!el?.matches(sel)) return false;
        if (source === null) return true;
        const text = el.getAttribute("aria-label") ?? el.textContent ?? "";
        return new RegExp(source, flags ?? "").test(text.trim());
      },
      [selector, name?.source ?? null, name?.flags ?? null] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector}${name ? ` ${name}` : ""}`);
}
