import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { textOf } from "./pages";
import { baseURL, useSession } from "./session";
import { downloadText } from "./table";

const { withPage } = useSession();

const CLIPBOARD = { permissions: ["clipboard-read", "clipboard-write"] };

/** Opens the page's Cite control (the one in its header). */
async function openCite(page: Page, path: string, summary: string) {
  await page.goto(path);
  const control = page.locator("details#cite");
  await control.getByText(summary, { exact: true }).click();
  return control;
}

async function fileText(path: string): Promise<string> {
  const response = await fetch(`${baseURL}${path}`, { signal: AbortSignal.timeout(10_000) });
  expect(response.status).toBe(200);
  return response.text();
}

/** What each format's text must start with, and hold, to be that format and that record. */
const FORMAT_SHAPES: Record<string, (text: string) => void> = {
  BibTeX: (text) => expect(text).toMatch(/^@\w+\{inzet_balkans,/),
  RIS: (text) => {
    expect(text).toMatch(/^TY {2}- DATA\r?\n/);
    expect(text).toMatch(/^ID {2}- inzet_balkans\r?$/m);
    expect(text).toMatch(/^ER {2}- ?\r?$/m);
  },
  "CSL-JSON": (text) => {
    const [item] = JSON.parse(text);
    expect(item).toMatchObject({ id: "inzet_balkans", type: "dataset" });
    expect(item.URL).toMatch(/\/en\/clusters\/balkans$/);
  },
};

describe.concurrent("the Cite control", () => {
  // Chromium has one clipboard for all its pages: the tests that copy take turns.
  describe("copying", { concurrent: false }, () => {
    it("copies a group's citation in each format, the same text as its file, and says which", () =>
      withPage(CLIPBOARD, async (page) => {
        const control = await openCite(page, "/en/clusters/balkans", "Cite");
        const extensions = { BibTeX: "bib", RIS: "ris", "CSL-JSON": "json" } as const;
        for (const [name, extension] of Object.entries(extensions)) {
          // A different text first, so each copy is seen to replace what was there.
          await page.evaluate(() => navigator.clipboard.writeText("(empty)"));
          await control.getByRole("button", { name: `Copy ${name}` }).click();
          await control.getByRole("status").getByText(`${name} copied to the clipboard.`).waitFor();
          const copied = await page.evaluate(() => navigator.clipboard.readText());
          expect(copied, name).toBe(await fileText(`/data/cite/cluster/balkans.${extension}`));
          FORMAT_SHAPES[name]?.(copied);
        }
      }));

    it("shows a mission's reference and copies its BibTeX, and says so", () =>
      withPage(CLIPBOARD, async (page) => {
        const control = await openCite(page, "/en/missions/untso", "Cite");
        await expect(textOf(control.locator(".cite-reference"))).resolves.toContain("UNTSO");
        await control.getByRole("button", { name: "Copy BibTeX" }).click();
        await control.getByRole("status").getByText("BibTeX copied to the clipboard.").waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await fileText("/data/cite/mission/untso.bib"));
        expect(copied).toMatch(/^@\w+\{/);
      }));

    it("copies in Dutch, and the Dutch reference", () =>
      withPage(CLIPBOARD, async (page) => {
        const control = await openCite(page, "/nl/missions/untso", "Citeren");
        await control.getByRole("button", { name: "RIS kopiëren" }).click();
        await control.getByText("RIS is naar het klembord gekopieerd.").waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await fileText("/data/cite/mission/untso.nl.ris"));
      }));
  });

  it("downloads a mission's RIS as a named file", () =>
    withPage({}, async (page) => {
      const control = await openCite(page, "/en/missions/untso", "Cite");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        control.getByRole("link", { name: "Download RIS" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("inzet-mission-untso.ris");
      const text = await downloadText(download);
      expect(text).toMatch(/^TY {2}- /);
      expect(text).toContain("UNTSO");
    }));

  it("works without JavaScript: the reference and the download links, no dead buttons", () =>
    withPage({ javaScriptEnabled: false }, async (page) => {
      const control = await openCite(page, "/en/clusters/balkans", "Cite");
      await expect(control.locator(".cite-reference").isVisible()).resolves.toBe(true);
      // The copy buttons need script, so script makes them.
      await expect(control.locator("button").count()).resolves.toBe(0);
      const href = await control
        .getByRole("link", { name: "Download CSL-JSON" })
        .getAttribute("href");
      expect(href).toBe("/data/cite/cluster/balkans.json");
      const [item] = JSON.parse(await fileText(href ?? ""));
      expect(item.type).toBe("dataset");
    }));

  it("cites each source on the sources page, and the dataset on the Data page", () =>
    withPage({}, async (page) => {
      await page.goto("/en/data");
      const dataset = page.locator("details#cite-dataset");
      await dataset.getByText("Cite", { exact: true }).click();
      await expect(textOf(dataset.locator(".cite-reference"))).resolves.toMatch(/Inzet/);
      const bib = await dataset.getByRole("link", { name: "Download BibTeX" }).getAttribute("href");
      expect(bib).toBe("/data/cite/dataset.bib");
      await expect(fileText(bib ?? "")).resolves.toMatch(/^@/);
      await page.goto("/en/sources");
      const sources = await page.locator("li.source").count();
      await expect(page.locator("li.source details.cite").count()).resolves.toBe(sources);
      // Each summary is named "Cite" and the source's title, without repeating the title.
      const ids =
        (await page.locator("li.source summary").first().getAttribute("aria-labelledby"))?.split(
          " ",
        ) ?? [];
      expect(ids).toHaveLength(2);
      for (const id of ids) await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    }));
});
