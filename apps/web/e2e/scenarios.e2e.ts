import { answerTokenQuestion, formatInterval, type Interval } from "@inzet/analysis";
import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { workbenchPortfolio } from "../src/lib/workbench/portfolio";
import { EMPTY_SCENARIO, setEnded, setSize } from "../src/lib/workbench/scenario-edit";
import { comparisonView } from "../src/lib/workbench/scenario-view";
import { ASSESSMENT_KEY } from "../src/lib/workbench/storage";
import { textOf } from "./pages";
import { useSession } from "./session";
import { eventually, FIXTURE_NAME, FIXTURE_TEXT, metric, openWorkbench } from "./workbench";

const { withPage } = useSession();
const base = workbenchPortfolio(bundledDataset());

/** What the page should show for a scenario: the live table's second column. */
function expected(scenario: typeof EMPTY_SCENARIO, id: string, lang: "en" | "nl" = "en") {
  const result = comparisonView(base, [scenario], lang);
  if (!result.ok) throw new Error(result.issues.join(" "));
  return result.view.rows.find((r) => r.id === id)?.values[1];
}

const withoutEufor = setEnded(EMPTY_SCENARIO, "eufor-althea", true);

// One at a time: each test loads the computation, a second of CPU on a busy CI machine.
describe("scenarios page", () => {
  it("toggles a contribution off and on, and the metrics follow", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/scenarios");
      expect(await metric(page, "contributions", 0)).toBe("16");
      const keep = page.getByLabel("Keep EUFOR Althea");
      await keep.uncheck();
      await eventually(() => metric(page, "contributions"), "15", "contributions");
      expect(await metric(page, "regions")).toBe(expected(withoutEufor, "regions"));
      expect(await metric(page, "personnel")).toBe(expected(withoutEufor, "personnel"));
      expect(await metric(page, "contributions", 0)).toBe("16");
      expect(await textOf(page.locator(".changes"))).toBe("Ends EUFOR Althea.");
      await keep.check();
      await eventually(() => metric(page, "contributions"), "16", "contributions back");
    }));

  it("keeps the scenario across a reload, and opens it from its link in a fresh browser", () =>
    withPage({}, async (page, context) => {
      await openWorkbench(page, "/en/scenarios");
      await page.getByLabel("Scenario name").fill("Without EUFOR");
      await page.getByLabel("Keep EUFOR Althea").uncheck();
      await eventually(() => metric(page, "contributions"), "15", "contributions");
      await page.waitForURL(/\?s=/);

      await page.reload();
      await page.locator('[data-engine="ready"]').waitFor();
      await eventually(() => metric(page, "contributions"), "15", "contributions after reload");
      expect(await page.getByLabel("Keep EUFOR Althea").isChecked()).toBe(false);
      expect(await page.getByLabel("Scenario name").inputValue()).toBe("Without EUFOR");

      const link = await page.getByLabel("Link to this scenario").inputValue();
      expect(link).toBe(page.url());
      const browser = context.browser();
      if (!browser) throw new Error("no browser");
      const fresh = await browser.newContext();
      try {
        const other = await fresh.newPage();
        await openWorkbench(other, link);
        await eventually(() => metric(other, "contributions"), "15", "contributions from the link");
        expect(await other.getByLabel("Keep EUFOR Althea").isChecked()).toBe(false);
        expect(await other.getByLabel("Scenario name").inputValue()).toBe("Without EUFOR");
        expect(await other.evaluate(() => localStorage.length)).toBe(1);
      } finally {
        await fresh.close();
      }
    }));

  it("changes a size typed in words, and says in the page's language what it cannot read", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/nl/scenarios");
      const size = page.getByLabel("Omvang van KFOR");
      await size.fill("veel");
      await size.press("Enter");
      const error = page.getByRole("alert").filter({ hasText: "Typ een aantal mensen" });
      await error.waitFor();
      expect(await size.getAttribute("aria-invalid")).toBe("true");

      await size.fill("ongeveer 10");
      await size.press("Enter");
      await error.waitFor({ state: "detached" });
      const resized = setSize(EMPTY_SCENARIO, "kfor", { qualifier: "approximately", value: 10 });
      await eventually(
        () => metric(page, "personnel"),
        expected(resized, "personnel", "nl"),
        "personnel with KFOR at about ten",
      );
      expect(await textOf(page.locator(".changes"))).toBe("Zet KFOR op ongeveer 10.");
    }));

  it("the token question preset gives the numbers answerTokenQuestion gives, with the ratings of each one", () =>
    withPage({}, async (page, context) => {
      // The assessment as the assessment page keeps it (its own test loads it there).
      const kept = { file: FIXTURE_NAME, text: FIXTURE_TEXT, savedAt: "2026-12-01T00:00:00.000Z" };
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        ASSESSMENT_KEY,
        JSON.stringify(kept),
      ] as const);
      await openWorkbench(page, "/en/scenarios");
      await page.getByRole("button", { name: /^End every contribution of 5 or fewer/ }).click();
      const answer = answerTokenQuestion(base, { keep: 2, threshold: 5 });
      const shown = (i: Interval | null, digits = 0) => formatInterval(i, { lang: "en", digits });
      const remaining = page.locator(".token-remaining");
      await remaining.waitFor();
      const after = (key: string) =>
        textOf(remaining.locator(`tr[data-remaining="${key}"] td`).nth(1));
      expect(await after("contributions")).toBe(shown(answer.remaining.contributions));
      expect(await after("groups")).toBe(shown(answer.remaining.groups));
      expect(await after("regions")).toBe(shown(answer.remaining.regions));
      expect(await after("concentration")).toBe(shown(answer.remaining.concentration, 2));

      const listed = async (caption: RegExp) => {
        const table = page
          .locator(".token-rows")
          .filter({ has: page.locator("caption", { hasText: caption }) });
        return (await table.count()) === 0
          ? []
          : table
              .locator("tbody tr")
              .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-contribution")));
      };
      expect(await listed(/^Ended/)).toEqual(answer.ended.map((c) => c.id));
      expect(await listed(/^Undecided/)).toEqual(answer.indeterminate.map((c) => c.id));

      // The scenario is the answer's: the certain ends.
      const ends = answer.plan.scenario.operations.length;
      await eventually(() => metric(page, "contributions"), String(16 - ends), "contributions");
      // EUFOR Althea's ratings from the assessment, beside it.
      const eufor = page.locator('.token-rows tr[data-contribution="eufor-althea"]');
      expect(await textOf(eufor)).toContain("Duration of the deployment: 2 (against keeping it)");
      expect(await textOf(eufor)).toContain("Running since 2004");
    }));

  it("prints a scenario as a one-page A4 briefing", () =>
    withPage({ viewport: { width: 718, height: 1000 } }, async (page) => {
      await openWorkbench(page, "/en/scenarios");
      await page.getByRole("button", { name: /^End every contribution of 5 or fewer/ }).click();
      await page.locator(".token-remaining").waitFor();
      const pdf = await page.pdf({ format: "A4" });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
      expect(pages).toBe(1);
    }));
});
