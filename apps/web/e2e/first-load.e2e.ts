import { bundledDataset, listMissions } from "@inzet/data";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { firstLoadJs } from "../scripts/bench/first-load";
import { bareFirstLoad } from "./bare-first-load";
import { PAGE_TYPES } from "./pages";
import { webDir } from "./server";
import { baseURL, useSession } from "./session";
import { downloadText, expectRows, openTable, waitForHydration } from "./table";
import { openWorkbench } from "./workbench";

const { withPage } = useSession();

/** Strings each library's code carries (error messages, class names), minified or not. */
const LIBRARIES = {
  zod: "$ZodError",
  papaparse: "auto-detect delimiting character",
  minisearch: "MiniSearch:",
  analysis: "asOf must be a date as YYYY",
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
    it(`${name}: no zod, papaparse, MiniSearch or analysis code in the page's scripts`, async () => {
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

  // The computation loads with these two pages only, and after they start: never in a first load.
  for (const path of ["/en/assessment", "/en/scenarios"])
    it(`${path} loads the analysis code and zod once it has started, papaparse only to download`, () =>
      withPage({}, async (page) => {
        const loaded = librariesLoaded(page);
        await openWorkbench(page, path);
        expect(await loaded()).toEqual(["analysis", "zod"]);
        if (path !== "/en/assessment") return;
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: 15_000 }),
          page.getByRole("button", { name: /csv/i }).click(),
        ]);
        expect(await downloadText(download)).toMatch(/^id,contribution,/);
        expect(await loaded()).toEqual(["analysis", "papaparse", "zod"]);
      }));

  it("recognises each library by its marker", () => {
    expect(librariesIn(`throw new Error("MiniSearch: duplicate ID")`)).toEqual(["minisearch"]);
    expect(librariesIn("function plain() {}")).toEqual([]);
  });
});

// Not concurrent: building the bare page (the first time for a Next version) holds this worker.
describe("first-load JavaScript of the workbench pages", () => {
  it("is recorded against a bare Next.js page, and stays within 1.3× of it", {
    timeout: 300_000,
  }, async ({ annotate }) => {
    const bare = bareFirstLoad();
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    const rows = [
      bare,
      ...["en/assessment", "en/scenarios"].map((route) => firstLoadJs(webDir, route)),
    ].map((r) => ({ ...r, ratio: r.gzipBytes / bare.gzipBytes }));
    const lines = rows.map(
      (r) =>
        `${r.route}: ${r.scripts} scripts, ${kib(r.gzipBytes)} gzip, ${r.ratio.toFixed(2)}× bare (HTML ${kib(r.htmlGzipBytes)})`,
    );
    process.stdout.write(`First-load JS:\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
    for (const line of lines) await annotate(line);
    for (const r of rows) expect(r.ratio, r.route).toBeLessThanOrEqual(1.3);
  });
});
