import type { Download, Page } from "playwright-core";

/** Opens the missions table and waits until its script has taken over the filters. */
export async function openTable(page: Page, url = "/en/missions"): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

/** Waits until React has hydrated the table's filters (their elements carry React's props). */
export async function waitForHydration(page: Page): Promise<void> {
  const search = page.getByRole("searchbox");
  const deadline = Date.now() + 20_000;
  while (
    !(await search.evaluate((node) => Object.keys(node).some((k) => k.startsWith("__reactProps$"))))
  ) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: the table's script did not hydrate`);
    await page.waitForTimeout(50);
  }
}

/** The missions table's body rows. */
export function missionRows(page: Page) {
  return page.getByRole("table").first().locator("tbody tr");
}

/** The acronym (first cell) of every row the table shows, in order. */
export async function visibleAcronyms(page: Page): Promise<string[]> {
  const cells = await missionRows(page).locator(":is(th, td):first-child").allInnerTexts();
  return cells.map((cell) => cell.replace(/\s+/g, " ").trim());
}

/** Waits until the table shows exactly `expected` (any order). */
export async function expectRows(page: Page, expected: string[], timeout = 10_000): Promise<void> {
  const want = [...expected].sort().join(" | ");
  const deadline = Date.now() + timeout;
  let got = "";
  while (Date.now() < deadline) {
    got = (await visibleAcronyms(page)).sort().join(" | ");
    if (got === want) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`table rows: expected ${want}\n              got      ${got}`);
}

export async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
