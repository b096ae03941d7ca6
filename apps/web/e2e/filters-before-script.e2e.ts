import { bundledDataset, listMissions } from "@inzet/data";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSession } from "./session";
import { expectRows, missionRows, visibleAcronyms, waitForHydration } from "./table";

const { withPage } = useSession();
const dataset = bundledDataset();
const acronyms = (filter: Parameters<typeof listMissions>[1]) =>
  listMissions(dataset, filter).map((m) => m.acronym);
const ALL = acronyms({});
const BALKANS = acronyms({ cluster: "balkans" });

/**
 * Holds back the page's JavaScript chunks until `release()`: the page is parsed and usable,
 * but not hydrated, as on a slow connection.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const group = (page: Page) => page.getByLabel(/^(group|groep)$/i);
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe.concurrent("filters before the table's script runs", () => {
  it("without JavaScript, the form puts the filters in the URL; with it, that URL shows them", async () => {
    const url = await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto("/en/missions");
      await group(page).selectOption({ label: "Balkans" });
      await page.getByRole("searchbox").fill("kosovo");
      await Promise.all([
        page.waitForURL(/\?/),
        page.getByRole("button", { name: "Apply" }).click(),
      ]);
      expect(params(page)).toMatchObject({ cluster: "balkans", search: "kosovo" });
      // The served table has every mission: only the script filters it.
      expect(await visibleAcronyms(page)).toHaveLength(ALL.length);
      return page.url();
    });
    await withPage({}, async (page) => {
      await page.goto(url);
      await expectRows(page, acronyms({ cluster: "balkans", search: "kosovo" }));
      await expect(group(page).inputValue()).resolves.toBe("balkans");
      await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("kosovo");
    });
  });

  it("keeps a filter chosen and a search typed before hydration, and puts them in the URL", () =>
    withPage({}, async (page) => {
      const release = await holdScripts(page);
      await page.goto("/en/missions", { waitUntil: "domcontentloaded" });
      await group(page).selectOption({ label: "Balkans" });
      await page.getByRole("searchbox").fill("kfor");
      release();
      await waitForHydration(page);
      await expectRows(page, acronyms({ cluster: "balkans", search: "kfor" }));
      await expect(group(page).inputValue()).resolves.toBe("balkans");
      await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("kfor");
      await page.waitForURL(/kfor/);
      expect(params(page)).toEqual({ cluster: "balkans", search: "kfor" });
    }));

  it("shows the URL's filters in the form before hydration, and adds what the reader changes", () =>
    withPage({}, async (page) => {
      const release = await holdScripts(page);
      await page.goto("/nl/missions?cluster=balkans&sort=name&dir=desc", {
        waitUntil: "domcontentloaded",
      });
      await expect(group(page).inputValue()).resolves.toBe("balkans");
      await page.getByRole("searchbox").fill("eu");
      release();
      await waitForHydration(page);
      const expected = acronyms({ cluster: "balkans", search: "eu" });
      await expectRows(page, expected);
      await expect(group(page).inputValue()).resolves.toBe("balkans");
      await page.waitForURL(/search=eu/);
      expect(params(page)).toEqual({ cluster: "balkans", search: "eu", sort: "name", dir: "desc" });
    }));

  it("keeps the URL's sort when the form is submitted before hydration", () =>
    withPage({}, async (page) => {
      const release = await holdScripts(page);
      await page.goto("/en/missions?sort=since&dir=desc", { waitUntil: "domcontentloaded" });
      await group(page).selectOption({ label: "Balkans" });
      await Promise.all([
        // Not "load": the held scripts keep the page from finishing.
        page.waitForURL(/cluster=balkans/, { waitUntil: "domcontentloaded" }),
        page.getByRole("button", { name: "Apply" }).click(),
      ]);
      expect(params(page)).toMatchObject({ cluster: "balkans", sort: "since", dir: "desc" });
      release();
      await waitForHydration(page);
      await expectRows(page, BALKANS);
      await expect(
        page.getByRole("columnheader", { name: /since/i }).first().getAttribute("aria-sort"),
      ).resolves.toBe("descending");
    }));

  // A table drawn again on the client (a Suspense bail-out) would replace the served rows.
  it("hydrates the served table in place: its rows stay the elements it was served with", () =>
    withPage({}, async (page) => {
      const release = await holdScripts(page);
      await page.goto("/en/missions?cluster=balkans", { waitUntil: "domcontentloaded" });
      const kfor = missionRows(page).filter({
        has: page.getByRole("link", { name: "KFOR", exact: true }),
      });
      await kfor.evaluate((row) => Object.assign(row, { served: true }));
      release();
      await waitForHydration(page);
      await expectRows(page, BALKANS);
      await expect(kfor.evaluate((row) => "served" in row)).resolves.toBe(true);
    }));

  it("clears the filters but keeps the sort", () =>
    withPage({}, async (page) => {
      await page.goto("/en/missions?cluster=balkans&sort=acronym");
      await waitForHydration(page);
      await expectRows(page, BALKANS);
      await page.getByRole("button", { name: "Clear filters" }).click();
      await expectRows(page, ALL);
      await expect(group(page).inputValue()).resolves.toBe("");
      await page.waitForURL((url) => !url.search.includes("cluster"));
      expect(params(page)).toEqual({ sort: "acronym" });
    }));
});
