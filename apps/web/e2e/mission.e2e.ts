import { bundledDataset, canonicalUrl, getSource } from "@inzet/data";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { textOf } from "./pages";
import { baseURL, useSession } from "./session";

const { withPage } = useSession();
const dataset = bundledDataset();
const UNTSO_2014 = dataset.figures.find((figure) => figure.id === "untso-2014");

/** The element the URL's fragment points at, checked to be the CSS :target. */
async function target(page: Page) {
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(id, "a fragment in the URL").not.toBe("");
  const element = page.locator(`[id="${id}"]`);
  await expect(element.evaluate((node) => node.matches(":target"))).resolves.toBe(true);
  await expect(element.isVisible()).resolves.toBe(true);
  return element;
}

describe.concurrent("mission page", () => {
  it("shows UNTSO's facts: since 1948, 13 Dutch in 2014 by the stated rule, the ≈ 15 with its source", () =>
    withPage({}, async (page) => {
      const response = await page.goto("/en/missions/untso");
      expect(response?.status()).toBe(200);
      await expect(textOf(page.getByRole("heading", { level: 1 }))).resolves.toBe(
        "UNTSO United Nations Truce Supervision Organization",
      );
      const main = await textOf(page.getByRole("main"));
      expect(main).toContain("1948");
      // The latest actual count dated in 2014: the UN's month-end total of February 2014.
      const year = page.locator(".year-figure");
      await expect(textOf(year.locator(".figure-symbol"))).resolves.toBe("13");
      await expect(year.getByRole("link", { name: /^Source \d+$/ }).count()).resolves.toBe(1);
      expect(main).toContain("a total before a part, never a plan or a maximum");
      const row = page.getByRole("row").filter({ hasText: "≈ 15" });
      await expect(row.count()).resolves.toBe(1);
      await expect(textOf(row)).resolves.toContain(UNTSO_2014?.quantity.wording?.text);
      await expect(row.getByRole("link", { name: /^Source \d+$/ }).count()).resolves.toBe(1);
    }));

  it("shows UNTSO's monthly figures as a chart and, on request, a table, with the UN as source", () =>
    withPage({}, async (page) => {
      await page.goto("/en/missions/untso");
      const section = page.getByRole("region", { name: "Dutch personnel per month", exact: true });
      // Sections below the fold skip rendering (content-visibility) until they are near.
      await section.scrollIntoViewIfNeeded();
      const chart = section.getByRole("img", { name: /UNTSO per month, Nov 2009 – Feb 2014/ });
      await chart.waitFor({ state: "visible" });
      await expect(chart.locator("path").count()).resolves.toBe(2);
      await expect(textOf(section.locator(".monthly-legend"))).resolves.toContain(
        "Experts on Mission",
      );

      const source = section.locator(".monthly-source");
      await expect(textOf(source)).resolves.toMatch(
        /^Source: Country contributions detailed by mission \(United Nations, .*\), read via International Peace Institute/,
      );
      await source.getByRole("link", { name: /^Source \d+$/ }).click();
      const note = await target(page);
      await expect(textOf(note)).resolves.toContain("Country contributions detailed by mission");
      await expect(
        note
          .locator('a[href="https://peacekeeping.un.org/en/data-troop-and-police-contributions"]')
          .count(),
      ).resolves.toBe(1);

      const table = section.getByRole("table");
      await expect(table.isVisible()).resolves.toBe(false);
      await section.getByText("The figures as a table").click();
      await table.waitFor({ state: "visible" });
      await expect(table.getByRole("row").count()).resolves.toBe(1 + 52);
      const last = table.getByRole("row", { name: /^Feb 2014/ });
      await expect(textOf(last)).resolves.toBe("Feb 2014 13 13");
    }));

  it("labels the monthly chart in Dutch on a Dutch page", () =>
    withPage({}, async (page) => {
      await page.goto("/nl/missions/unama");
      const section = page.getByRole("region", {
        name: "Nederlands personeel per maand",
        exact: true,
      });
      const svg = (await section.locator("svg.monthly-svg").textContent()) ?? "";
      expect(svg).toContain("einde van de maand");
      expect(svg).toContain("nov 2011");
      await section.getByText("De cijfers als tabel").click();
      // UNAMA's expert on mission has no figure in February 2013: a gap, not a zero.
      await expect(textOf(section.getByRole("row", { name: /^feb 2013/ }))).resolves.toBe(
        "feb 2013 — geen cijfer 1 1",
      );
    }));

  it("follows a figure's citation to its note and on to the source entry; the external URL is linked, never requested", () =>
    withPage({}, async (page) => {
      await page.goto("/en/missions/untso");
      const source = UNTSO_2014 && getSource(dataset, UNTSO_2014.citation.source);
      const url = source && canonicalUrl(source);
      expect(url, "the cited source has an address").toBeTruthy();

      const row = page.getByRole("row").filter({ hasText: "≈ 15" });
      await row.getByRole("link", { name: /^Source \d+$/ }).click();
      const note = await target(page);
      expect(new URL(page.url()).pathname).toBe("/en/missions/untso");
      await expect(textOf(note)).resolves.toContain(source?.title);
      await expect(note.locator(`a[href="${url}"]`).count()).resolves.toBe(1);

      await note.locator('a[href*="/sources#"]').click();
      await page.waitForURL(/\/en\/sources#/);
      const entry = await target(page);
      await expect(textOf(entry)).resolves.toContain(source?.title);
      const external = entry.locator(`a[href="${url}"]`);
      await expect(external.count()).resolves.toBe(1);
      await expect(external.getAttribute("rel")).resolves.toMatch(/noreferrer/);
      await expect(entry.getByRole("link", { name: "UNTSO", exact: true }).count()).resolves.toBe(
        1,
      );
      // withPage fails the test if any page requested the external URL.
    }));

  it("cites the letter's page and chapter in Dutch on a Dutch page", () =>
    withPage({}, async (page) => {
      await page.goto("/nl/missions/untso");
      const main = await textOf(page.getByRole("main"));
      expect(main).toContain("blz. 45, hfst. 8 Slotbeschouwing");
      expect(main).not.toContain("p. 45, ch. 8");
    }));

  it("answers an unknown mission id with a 404 page", async () => {
    const response = await fetch(`${baseURL}/en/missions/no-such-mission`, {
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(404);
    await withPage({}, async (page) => {
      const nav = await page.goto("/en/missions/no-such-mission");
      expect(nav?.status()).toBe(404);
      await expect(textOf(page.getByRole("heading", { level: 1 }))).resolves.toBe("Page not found");
      await page.getByRole("link", { name: "Browse all missions" }).click();
      await page.waitForURL(/\/en\/missions$/);
    });
  });

  it("answers an unknown mission id in Dutch with a Dutch 404 page", () =>
    withPage({}, async (page) => {
      const nav = await page.goto("/nl/missions/bestaat-niet");
      expect(nav?.status()).toBe(404);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("nl");
      await expect(textOf(page.getByRole("heading", { level: 1 }))).resolves.toBe(
        "Pagina niet gevonden",
      );
    }));
});
