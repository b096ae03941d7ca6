import { bundledDataset, editionsByYear, formatCitation } from "@inzet/data";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { contentOf, textOf } from "./pages";
import { baseURL, useSession } from "./session";

const { withPage } = useSession();
const ds = bundledDataset();

describe.concurrent("the longer view (trend page)", () => {
  it("draws the missions per year as a chart with N/A shown as unknown, never zero", () =>
    withPage({}, async (page) => {
      const response = await page.goto("/en/trend");
      expect(response?.status()).toBe(200);
      const chart = page.getByRole("img", { name: /^Missions the Netherlands took part in/ });
      await expect(chart.count()).resolves.toBe(1);
      await expect(chart.locator(".count-line path").count()).resolves.toBe(2);
      const gap = (await chart.locator(".count-gap").textContent()) ?? "";
      expect(gap).toContain("civilian missions: unknown");
      expect(gap).toContain("N/A");
      // Eight civilian points (2011–2018) and eleven military ones (2008–2018): none for N/A.
      await expect(chart.locator(".count-civilian circle").count()).resolves.toBe(8);
      await expect(chart.locator(".count-military rect").count()).resolves.toBe(11);
    }));

  it("gives the same counts as a table, each row citing the answer to parliament with its quote", () =>
    withPage({}, async (page) => {
      await page.goto("/en/trend");
      const table = page.getByRole("table", {
        name: /^Missions the Netherlands took part in, per year/,
      });
      const row = (year: number) =>
        table
          .getByRole("row")
          .filter({ hasText: String(year) })
          .first();
      const y2008 = await textOf(row(2008));
      // The source's "N/A" in quotation marks (a <q>), which innerText leaves out.
      expect(y2008).toContain("unknown (N/A)");
      await expect(row(2008).locator("q").textContent()).resolves.toBe("N/A");
      expect(y2008).not.toMatch(/\b0\b/);
      expect(await textOf(row(2014))).toMatch(/^2014 13 13/);
      await row(2008)
        .getByRole("link", { name: /^Source \d+$/ })
        .click();
      const id = new URL(page.url()).hash.slice(1);
      const note = page.locator(`[id="${id}"]`);
      const text = (await note.textContent())?.replace(/\s+/g, " ") ?? "";
      const count = ds.missionCounts.find((c) => c.id === "missions-2008-civilian");
      expect(count).toBeTruthy();
      expect(text).toContain(count ? formatCitation(ds, count.citation, "en") : "");
      expect(text).toContain("Kamerstuk 29 521 no. 364");
      expect(text).toContain("2008 N/A1 10");
    }));

  it("lists every evaluation edition with its letter, date and the missions it treats", () =>
    withPage({}, async (page) => {
      await page.goto("/nl/trend");
      const table = page.getByRole("table", { name: /^Evaluaties en wat elk behandelt/ });
      const editions = editionsByYear(ds);
      await expect(table.locator("tbody tr").count()).resolves.toBe(editions.length);
      const e2013 = await textOf(table.locator("#edition-evaluation-2013"));
      expect(e2013).toContain("Kamerstuk 29 521 nr. 244");
      expect(e2013).toContain("21 mei 2014");
      expect(e2013).toContain("UNTSO");
      const e2014 = await textOf(table.locator("#edition-evaluation-2014"));
      expect(e2014).toContain("Balkan: ≈ 10 ongeveer tien");
    }));

  it("shows the UN's monthly Dutch totals as small multiples on one scale, with a table and the UN as source", () =>
    withPage({}, async (page) => {
      await page.goto("/en/trend");
      const panels = page.getByRole("img", { name: /Dutch uniformed personnel per month/ });
      await expect(panels.count()).resolves.toBeGreaterThanOrEqual(5);
      const unmis = page.getByRole("img", { name: /^UNMIS:/ });
      await expect(unmis.count()).resolves.toBe(1);
      const section = page.locator("section").filter({
        has: page.getByRole("heading", { name: /^Dutch personnel in UN missions per month/ }),
      });
      await expect(contentOf(section.locator(".un-source"))).resolves.toContain(
        "Country contributions detailed by mission (United Nations",
      );
      await section.getByText("The monthly figures as a table").click();
      const table = section.getByRole("table");
      await expect(
        contentOf(table.getByRole("row").filter({ hasText: "November 2009" })),
      ).resolves.toMatch(/26/);
    }));

  it("leaves the portfolio of editions without recorded groups unknown", () =>
    withPage({}, async (page) => {
      await page.goto("/en/trend");
      const table = page.getByRole("table", { name: /^Missions, groups and concentration/ });
      const cells = (year: string) =>
        table
          .getByRole("row")
          .filter({ hasText: new RegExp(`^${year}`) })
          .getByRole("cell");
      const [missions, groups, concentration] = await cells("2014").allTextContents();
      expect([missions, groups]).toEqual(["16", "4"]);
      expect(concentration).toMatch(/^0\.\d+–1$/);
      expect((await cells("2013").allTextContents()).slice(0, 3)).toEqual([
        "unknown",
        "unknown",
        "unknown",
      ]);
    }));

  it.each(["mission-counts.csv", "un-monthly.csv", "mission-counts.json", "un-monthly.json"])(
    "serves %s, written at build time",
    async (name) => {
      const response = await fetch(`${baseURL}/data/${name}`, {
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status).toBe(200);
      const text = await response.text();
      if (name.endsWith(".csv")) {
        const { data } = Papa.parse<Record<string, string>>(text, { header: true });
        expect(data.length).toBeGreaterThan(10);
        expect(data[0]?.source).toBeTruthy();
      } else expect(JSON.parse(text).sources.length).toBeGreaterThan(0);
    },
  );
});
