import { loadAssessment } from "@inzet/analysis";
import { bundledDataset, formatPath } from "@inzet/data";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import { matrixCsv } from "../src/lib/workbench/matrix-csv";
import type { MatrixRow } from "../src/lib/workbench/matrix-types";
import { matrixView } from "../src/lib/workbench/matrix-view";
import { workbenchPortfolio } from "../src/lib/workbench/portfolio";
import { ASSESSMENT_KEY } from "../src/lib/workbench/storage";
import { textOf } from "./pages";
import { useSession } from "./session";
import { downloadText } from "./table";
import { eventually, FIXTURE_TEXT, openWorkbench, pickAssessment, tabTo } from "./workbench";

const { withPage } = useSession();
const ds = bundledDataset();

/** The matrix's cell for a contribution and a column (0: contribution, 1: group, …). */
const cellOf = (row: string, column: string) =>
  `.matrix tbody tr:has(th a[href$="/missions/${row}"]) ${column}`;
const DURATION_RATING = cellOf("eufor-althea", "td.rating-cell >> nth=0");

// One at a time: each test loads the computation, a second of CPU on a busy CI machine.
describe("assessment page", () => {
  it("loads an assessment by file picker: ratings in the matrix, rationale and evidence on focus and hover", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/assessment");
      await pickAssessment(page);
      await page.getByText("Loaded: assessment.yaml").waitFor();
      expect(await textOf(page.locator(".file-status"))).toMatch(/4 ratings · by E2E Analyst/);

      const cell = page.locator(DURATION_RATING);
      await eventually(() => textOf(cell), "2", "EUFOR Althea's duration rating");
      await cell.focus();
      const tip = page.getByRole("tooltip").filter({ hasText: "Running since 2004" });
      await tip.waitFor();
      expect(await cell.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
      const text = await textOf(tip);
      expect(text).toContain("Duration of the deployment: 2 — against keeping it");
      expect(text).toContain("Evidence");
      expect(text).toMatch(/Kamerstuk 29 521 no\. 291/);
      expect(text).toContain("E2E Analyst");

      // The arrow keys move between cells; the details follow the focus; Escape hides them.
      await page.keyboard.press("ArrowRight");
      await tip.waitFor({ state: "detached" });
      await page.keyboard.press("ArrowLeft");
      await tip.waitFor();
      await page.keyboard.press("Escape");
      await tip.waitFor({ state: "detached" });

      // The pointer shows them too; KFOR's rationale is Dutch only, and says so.
      const kfor = page.locator(cellOf("kfor", "td.rating-cell >> nth=1"));
      await kfor.hover();
      const dutch = page.getByRole("tooltip").filter({ hasText: "Past in de Balkangroep" });
      await dutch.waitFor();
      expect(await textOf(dutch)).toContain("Rationale (in Dutch)");
      expect(await dutch.locator("[lang=nl]").count()).toBe(1);
    }));

  it("shows an indicator's definition on its heading, and its sources in the cell", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/assessment");
      const heading = page.getByRole("button", { name: /^Personnel/ });
      const described = await heading.getAttribute("aria-describedby");
      expect(described).toBeTruthy();
      const definition = page.locator(`[id="${described}"]`);
      expect(await definition.isVisible()).toBe(false);
      await heading.focus();
      expect(await definition.isVisible()).toBe(true);
      expect(await textOf(definition)).toMatch(/^Dutch personnel in the as-of year/);

      const personnel = page.locator(cellOf("osce-smm", "td >> nth=12"));
      await personnel.hover();
      const tip = page.getByRole("tooltip").filter({ hasText: "Personnel: 3" });
      await tip.waitFor();
      expect(await textOf(tip)).toContain("Sources");
    }));

  it("keeps the assessment in local storage across a reload, and clears it", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/assessment");
      await pickAssessment(page);
      await page.getByText("Loaded: assessment.yaml").waitFor();
      const kept = await page.evaluate((key) => localStorage.getItem(key), ASSESSMENT_KEY);
      expect(JSON.parse(kept ?? "{}").text).toBe(FIXTURE_TEXT);

      await page.reload();
      await page.locator('[data-engine="ready"]').waitFor();
      await page.getByText("Loaded: assessment.yaml").waitFor();
      await eventually(() => textOf(page.locator(DURATION_RATING)), "2", "rating after reload");

      await page.getByRole("button", { name: "Clear the assessment" }).click();
      await eventually(() => textOf(page.locator(DURATION_RATING)), "—", "rating after clearing");
      expect(await page.evaluate((key) => localStorage.getItem(key), ASSESSMENT_KEY)).toBeNull();
    }));

  // The same problems in the page's language: the package's own words in English and Dutch.
  for (const { lang, heading, fix } of [
    { lang: "en", heading: "bad.yaml was not loaded", fix: "Fix" },
    { lang: "nl", heading: "bad.yaml is niet geladen", fix: "Oplossing" },
  ] as const)
    it(`reports every problem of a bad file in the page, located by file, line and path, with a fix (${lang})`, () =>
      withPage({}, async (page) => {
        // A mission by its short name, and a rating off the scale.
        const bad = FIXTURE_TEXT.replace("contribution: kfor", "contribution: eulex").replace(
          "rating: 5",
          "rating: 7",
        );
        const expected = loadAssessment({ file: "bad.yaml", text: bad }, ds);
        expect(expected.ok).toBe(false);
        if (expected.ok) return;
        expect(expected.issues.length).toBeGreaterThanOrEqual(2);

        await openWorkbench(page, `/${lang}/assessment`);
        await pickAssessment(page, "bad.yaml", bad);
        const alert = page.getByRole("alert").filter({ hasText: heading });
        await alert.waitFor();
        const items = alert.locator("li");
        expect(await items.count()).toBe(expected.issues.length);
        for (const [i, issue] of expected.issues.entries()) {
          const text = await textOf(items.nth(i));
          expect(issue.line).toBeGreaterThan(0);
          expect(text).toContain(`bad.yaml:${issue.line} ${formatPath(issue.path)}`);
          expect(text).toContain(issue.message[lang]);
          expect(text).toContain(`${fix}: ${issue.hint[lang]}`);
        }
        // The unknown mission is named with the id it probably meant.
        expect(await textOf(alert)).toContain("eulex-kosovo (EULEX Kosovo)");
        // Nothing was kept: the bad file is never stored, and no rating is shown.
        expect(await page.evaluate((key) => localStorage.getItem(key), ASSESSMENT_KEY)).toBeNull();
        expect(await textOf(page.locator(DURATION_RATING))).toBe("—");
      }));

  it("is usable by keyboard alone: sort from a column heading, move through the cells, read a cell's details", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/assessment");
      const firstRow = () => textOf(page.locator(".matrix tbody tr th").first());
      await tabTo(page, "button", /^Duration of the mission/);
      await page.keyboard.press("Enter");
      await eventually(firstRow, "EUMAM RCA", "shortest mission first");
      await page.keyboard.press("Space");
      await eventually(firstRow, "UNTSO", "longest mission first");
      // Into the matrix: one tab stop, its first cell; the arrow keys move from there.
      await tabTo(page, "[data-cell]");
      const cell = () => page.evaluate(() => document.activeElement?.getAttribute("data-cell"));
      expect(await cell()).toBe("0:0");
      await page.keyboard.press("ArrowDown");
      expect(await cell()).toBe("1:0");
      // Along the row to the first cell with details: they show while it has the focus.
      const tip = page.locator(".matrix [role=tooltip].cell-tip");
      for (let i = 0; i < 20 && (await tip.count()) === 0; i++)
        await page.keyboard.press("ArrowRight");
      await tip.first().waitFor();
      const focusedCell = await cell();
      expect(focusedCell).toMatch(/^1:[1-9]/);
      const describedBy = await page.evaluate(() =>
        document.activeElement?.getAttribute("aria-describedby"),
      );
      expect(describedBy).toBe(await tip.first().getAttribute("id"));
      await page.keyboard.press("Escape");
      await tip.first().waitFor({ state: "detached" });
    }));

  it("sorts by any column, and downloads the matrix as shown as CSV", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/assessment");
      const firstRow = () => textOf(page.locator(".matrix tbody tr th").first());
      expect(await firstRow()).toBe("EUFOR Althea");
      await page.getByRole("button", { name: /^Duration of the mission/ }).click();
      await eventually(firstRow, "EUMAM RCA", "shortest mission first");
      const sorted = page.locator(".matrix th[aria-sort]");
      expect(await sorted.getAttribute("aria-sort")).toBe("ascending");
      await page.getByRole("button", { name: /^Duration of the mission/ }).click();
      await eventually(firstRow, "UNTSO", "longest mission first");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the matrix (CSV)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("inzet-assessment-matrix.csv");
      const csv = await downloadText(download);
      const [header = "", first = ""] = csv.split("\r\n");
      expect(header).toMatch(/^id,contribution,mission,group,as of,Duration of the mission,/);
      expect(first).toMatch(/^untso,UNTSO,/);
      // Exactly the matrix as shown: every row, in the page's order, every indicator as worded.
      const shown = await page
        .locator(".matrix tbody tr th a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")?.split("/").pop() ?? ""));
      expect(shown).toHaveLength(16);
      const words = createTranslator({ locale: "en", messages: en, namespace: "Workbench.cells" });
      const view = matrixView(workbenchPortfolio(ds), "en", words);
      const rows = shown.map((id) => view.rows.find((r) => r.id === id) ?? view.rows[0]);
      expect(csv.replace(/^\uFEFF/, "")).toBe(
        matrixCsv(view, rows as MatrixRow[], null).replace(/^\uFEFF/, ""),
      );
    }));

  // The pages' styles are the site's: a client-side navigation adds no style the CSP would block.
  it("is reached from the navigation, styled, and so is the scenarios page", () =>
    withPage({}, async (page) => {
      await page.goto("/en");
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Assessment" })
        .click();
      await page.locator('[data-engine="ready"]').waitFor({ timeout: 20_000 });
      const border = () =>
        page.locator(".drop-zone").evaluate((el) => getComputedStyle(el).borderStyle);
      expect(await border()).toBe("dashed");
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Scenarios" })
        .click();
      await page.locator(".token-question").waitFor();
      expect(await textOf(page.locator(".workbench h1"))).toBe("Scenarios");
    }));

  it("recomputes the matrix for another as-of date", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/nl/assessment");
      const caption = page.locator(".matrix caption");
      expect(await textOf(caption)).toContain("op 31 december 2014");
      await page.getByLabel("Portefeuille op").fill("2016-06-30");
      await page.getByRole("button", { name: "Toon" }).click();
      await eventually(
        async () => (await textOf(caption)).includes("op 30 juni 2016"),
        true,
        "caption for the new date",
      );
      expect(await textOf(page.locator(cellOf("eumam-rca", "td >> nth=1")))).not.toMatch(
        /nog niet begonnen/,
      );
    }));
});
