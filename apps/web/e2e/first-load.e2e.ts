import { bundledDataset, listMissions } from "@inzet/data";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PAGE_TYPES } from "./pages";
import { baseURL, useSession } from "./session";
import { downloadText, expectRows, openTable, waitForHydration } from "./table";

const { withPage } = useSession();

/** Strings each library's code carries (error messages, class names), minified or not. */
const LIBRARIES = {
  zod: "$ZodError",
  papaparse: "auto-detect delimiting character",
  minisearch: "MiniSearch:",
};
type Library = keyof typeof LIBRARIES;

const librariesIn = (code: string) =>
  (Object.keys(LIBRARIES) as Library[]).filter((name) => code.includes(LIBRARIES[name]));

/** The libraries in the scripts a page has loaded so far (call the result to read them). */
function librariesLoaded(page: Page): () => Promise<Library[]> {
  const reading: Promise<Library[]>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    reading.push(response.text().then(librariesIn));
  });
  return async () => {
    expect(reading.length).toBeGreaterThan(0);
    return [...new Set((await Promise.all(reading)).flat())].sort();
  };
}

async function text(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  expect(response.status, url).toBe(200);
  return response.text();
}

describe.concurrent("first-load JavaScript", () => {
  for (const { name, path } of PAGE_TYPES.filter((p) => p.status === 200)) {
    it(`${name}: no zod, papaparse or MiniSearch in the page's scripts`, async () => {
      const html = await text(`${baseURL}${path}`);
      const sources = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].map(
        ([, src = ""]) => src,
      );
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        expect(librariesIn(await text(new URL(src, baseURL).href)), src).toEqual([]);
      }
    });
  }

  it("the table loads MiniSearch and zod on the first search, not before", () =>
    withPage({}, async (page) => {
      const loaded = librariesLoaded(page);
      await openTable(page);
      expect(await loaded()).toEqual([]);
      await page.getByRole("searchbox").fill("unt");
      await expectRows(
        page,
        listMissions(bundledDataset(), { search: "unt" }).map((m) => m.acronym),
      );
      expect(await loaded()).toEqual(["minisearch", "zod"]);
    }));

  // zod's JIT would probe for eval: a CSP violation that withPage reports, caught or not.
  it("a download loads zod and papaparse, and zod parses without eval under the page's CSP", () =>
    withPage({}, async (page) => {
      const loaded = librariesLoaded(page);
      const response = await page.goto("/en/missions");
      await waitForHydration(page);
      expect(response?.headers()["content-security-policy"]).not.toMatch(/unsafe-(eval|inline)/);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 15_000 }),
        page.getByRole("button", { name: /csv/i }).click(),
      ]);
      expect(await downloadText(download)).toMatch(/^id,acronym,/);
      expect(await loaded()).toEqual(["papaparse", "zod"]);
    }));

  it("recognises each library by its marker", () => {
    expect(librariesIn(`throw new Error("MiniSearch: duplicate ID")`)).toEqual(["minisearch"]);
    expect(librariesIn("function plain() {}")).toEqual([]);
  });
});
