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
  it("shows UNTSO's facts: since 1948, about 15 Dutch in 2014 with their source", () =>
    withPage({}, async (page) => {
      const response = await page.goto("/en/missions/untso");
      expect(response?.status()).toBe(200);
      await expect(textOf(page.getByRole("heading", { level: 1 }))).resolves.toBe(
        "UNTSO United Nations Truce Supervision Organization",
      );
      const main = await textOf(page.getByRole("main"));
      expect(main).toContain("1948");
      expect(main).toMatch(/Dutch personnel in 2014: ≈ 15/);
      const row = page.getByRole("row").filter({ hasText: "≈ 15" });
      await expect(row.count()).resolves.toBe(1);
      await expect(textOf(row)).resolves.toContain(UNTSO_2014?.quantity.wording?.text);
      await expect(row.getByRole("link", { name: /^Source \d+$/ }).count()).resolves.toBe(1);
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
