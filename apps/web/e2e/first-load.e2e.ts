import { bundledDataset, listMissions } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { PAGE_TYPES } from "./pages";
import { baseURL, useSession } from "./session";
import { expectRows, openTable } from "./table";

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

  it("the table loads MiniSearch on the first search, not before", () =>
    withPage({}, async (page) => {
      const loaded: Library[] = [];
      const reading: Promise<void>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        reading.push(response.text().then((code) => void loaded.push(...librariesIn(code))));
      });
      await openTable(page);
      await Promise.all(reading);
      expect(reading.length).toBeGreaterThan(0);
      expect(loaded).toEqual([]);
      await page.getByRole("searchbox").fill("unt");
      await expectRows(
        page,
        listMissions(bundledDataset(), { search: "unt" }).map((m) => m.acronym),
      );
      await Promise.all(reading);
      expect(loaded).toEqual(["minisearch"]);
    }));

  it("recognises each library by its marker", () => {
    expect(librariesIn(`throw new Error("MiniSearch: duplicate ID")`)).toEqual(["minisearch"]);
    expect(librariesIn("function plain() {}")).toEqual([]);
  });
});
