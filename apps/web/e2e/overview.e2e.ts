import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { textOf } from "./pages";
import { baseURL, useSession } from "./session";

const { withPage } = useSession();

const GROUPS = {
  en: [
    ["Balkans", "≈ 10"],
    ["Middle East Peace Process", "≈ 20"],
    ["Capacity building in Africa and Asia", "> 40"],
    ["OSCE observers in Ukraine", "a few"],
  ],
  nl: [
    ["Balkan", "≈ 10"],
    ["Midden-Oosten Vredesproces", "≈ 20"],
    ["Capaciteitsopbouw in Afrika en Azië", "> 40"],
    ["OVSE-waarnemers in Oekraïne", "enkele"],
  ],
} as const;

/** The card of a group: an article named by its heading. */
function card(page: Page, name: string) {
  return page.getByRole("article", { name, exact: true });
}

describe.concurrent("overview", () => {
  it("sends / to the English overview", async () => {
    const response = await fetch(`${baseURL}/`, {
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    expect([301, 302, 303, 307, 308]).toContain(response.status);
    expect(new URL(response.headers.get("location") ?? "", baseURL).pathname).toBe("/en");
    await withPage({}, async (page) => {
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe("/en");
    });
  });

  it.each(["en", "nl"] as const)(
    "shows the letter's four groups with worded figures (%s)",
    (lang) =>
      withPage({}, async (page) => {
        await page.goto(`/${lang}`);
        await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
        for (const [name, figure] of GROUPS[lang]) {
          const text = await textOf(card(page, name));
          expect(text, `the card of ${name}`).toContain(figure);
        }
      }),
  );

  it.each([
    ["en", "20 May 2015"],
    ["nl", "20 mei 2015"],
  ] as const)("names the letter, its date and its Kamerstuk number (%s)", (lang, date) =>
    withPage({}, async (page) => {
      await page.goto(`/${lang}`);
      const main = await textOf(page.getByRole("main"));
      expect(main).toContain(date);
      expect(main).toContain("Kamerstuk 29 521 nr. 291");
    }),
  );

  it("has a map of country shapes and a chart of personnel, each with a table alternative", () =>
    withPage({}, async (page) => {
      await page.goto("/en");
      const map = page.getByRole("img", { name: /^Map of the mission areas/ });
      await expect(map.count()).resolves.toBe(1);
      // An <img> of an SVG file, painted without React; it loads when scrolled near.
      await map.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        () => (document.querySelector("img.map-svg") as HTMLImageElement | null)?.complete,
      );
      const { src, width } = await map.evaluate((img: HTMLImageElement) => ({
        src: img.currentSrc,
        width: img.naturalWidth,
      }));
      expect(width).toBeGreaterThan(0);
      const svg = await (await fetch(src)).text();
      expect(svg.match(/<path /g)?.length).toBeGreaterThan(50);
      expect(svg).toContain("<title>Mali</title>");
      const mapFigure = page.locator("figure").filter({ has: map });
      await expect(
        mapFigure.getByRole("table", { includeHidden: true }).count(),
      ).resolves.toBeGreaterThan(0);

      const chart = page.getByRole("img", { name: /^Dutch personnel per group/ });
      await expect(chart.count()).resolves.toBe(1);
      const table = page.locator("figure").filter({ has: chart }).getByRole("table");
      const rows = await textOf(table);
      for (const [, figure] of GROUPS.en) expect(rows).toContain(figure);
    }));
});
