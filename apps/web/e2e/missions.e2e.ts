import { bundledDataset, listMissions } from "@inzet/data";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { useSession } from "./session";
import { downloadText, expectRows, openTable, visibleAcronyms } from "./table";

const { withPage } = useSession();
const dataset = bundledDataset();
const BALKANS = ["EUFOR Althea", "EULEX Kosovo", "KFOR"];
const ALL = listMissions(dataset, {}).map((mission) => mission.acronym);

describe.concurrent("missions table", () => {
  it("lists every mission, each linking to its page", () =>
    withPage({}, async (page) => {
      await openTable(page);
      await expectRows(page, ALL);
      await page.getByRole("link", { name: "UNTSO", exact: true }).click();
      await page.waitForURL(/\/en\/missions\/untso$/);
    }));

  it("filters by group, keeps the filter in the URL and restores it on reload", () =>
    withPage({}, async (page) => {
      await openTable(page);
      await page.getByLabel(/^group$/i).selectOption({ label: "Balkans" });
      await expectRows(page, BALKANS);
      await page.waitForURL(/balkans/);
      const url = page.url();
      expect([...new URL(url).searchParams.values()]).toContain("balkans");

      await page.reload();
      await expectRows(page, BALKANS);
      expect(page.url()).toBe(url);
      await expect(page.getByLabel(/^group$/i).inputValue()).resolves.toBe("balkans");
    }));

  it("opens a shared URL with its filter applied, in a fresh browser context", async () => {
    const shared = await withPage({}, async (page) => {
      await openTable(page);
      await page.getByLabel(/^group$/i).selectOption({ label: "Balkans" });
      await page.waitForURL(/balkans/);
      return page.url();
    });
    await withPage({}, async (page) => {
      await page.goto(shared);
      await expectRows(page, BALKANS);
      await expect(page.getByLabel(/^group$/i).inputValue()).resolves.toBe("balkans");
    });
  });

  it("searches with the data package's search ('unt' finds UNTSO)", () =>
    withPage({}, async (page) => {
      await openTable(page);
      await page.getByRole("searchbox").fill("unt");
      const expected = listMissions(dataset, { search: "unt" }).map((m) => m.acronym);
      expect(expected).toContain("UNTSO");
      await expectRows(page, expected);
      await page.waitForURL(/unt/);
      await page.reload();
      await expectRows(page, expected);
      await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("unt");
    }));

  it("downloads the current view as CSV, row for row", () =>
    withPage({}, async (page) => {
      await openTable(page);
      await page.getByLabel(/^group$/i).selectOption({ label: "Balkans" });
      await expectRows(page, BALKANS);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 15_000 }),
        page.getByRole("button", { name: /csv/i }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = Papa.parse<Record<string, string>>(await downloadText(download), {
        header: true,
        skipEmptyLines: true,
      });
      expect(csv.errors).toEqual([]);
      const column = csv.meta.fields?.find((field) => /acronym/i.test(field));
      expect(column, `an acronym column in ${csv.meta.fields}`).toBeDefined();
      expect(csv.data.map((row) => row[column ?? ""])).toEqual(await visibleAcronyms(page));
    }));

  it("downloads the current view as JSON", () =>
    withPage({}, async (page) => {
      await openTable(page);
      await page.getByRole("searchbox").fill("unt");
      await expectRows(
        page,
        listMissions(dataset, { search: "unt" }).map((m) => m.acronym),
      );
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 15_000 }),
        page.getByRole("button", { name: /json/i }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      const json = JSON.parse(await downloadText(download)) as
        | { acronym: string }[]
        | { missions: { acronym: string }[] };
      const missions = Array.isArray(json) ? json : json.missions;
      expect(missions.map((m) => m.acronym)).toEqual(await visibleAcronyms(page));
    }));

  it("switches to Dutch on the same page with the same filters", () =>
    withPage({}, async (page) => {
      await openTable(page);
      await page.getByLabel(/^group$/i).selectOption({ label: "Balkans" });
      await page.waitForURL(/balkans/);
      await page.getByRole("link", { name: /nederlands/i }).click();
      await page.waitForURL(/\/nl\/missions\?/);
      expect([...new URL(page.url()).searchParams.values()]).toContain("balkans");
      await expectRows(page, BALKANS);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("nl");
    }));
});
