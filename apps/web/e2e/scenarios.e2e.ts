import { answerTokenQuestion, formatInterval, type Interval } from "@inzet/analysis";
import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { workbenchPortfolio } from "../src/lib/workbench/portfolio";
import { EMPTY_SCENARIO, setEnded, setGroup, setSize } from "../src/lib/workbench/scenario-edit";
import { comparisonView } from "../src/lib/workbench/scenario-view";
import { ASSESSMENT_KEY } from "../src/lib/workbench/storage";
import { textOf } from "./pages";
import { useSession } from "./session";
import { eventually, FIXTURE_NAME, FIXTURE_TEXT, metric, openWorkbench, tabTo } from "./workbench";

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

  it("moves a contribution to another group: groups, concentration and the group bars follow, as ranges", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/scenarios");
      const moved = setGroup(EMPTY_SCENARIO, "osce-smm", "balkans", "osce-ukraine-observers");
      const want = (id: string) => expected(moved, id) ?? "";
      const before = await metric(page, "concentration", 0);
      expect(before).toMatch(/–/); // a range: the figures allow more than one value
      await page.getByLabel("Group of OSCE SMM").selectOption("balkans");
      await eventually(() => metric(page, "groups"), want("groups"), "groups after the move");
      expect(want("groups")).toBe("3");
      expect(await metric(page, "contributions")).toBe("16");
      expect(await metric(page, "concentration")).toBe(want("concentration"));
      expect(want("concentration")).toMatch(/–/);
      expect(want("concentration")).not.toBe(before);
      expect(await textOf(page.locator(".changes"))).toMatch(/^Moves OSCE SMM to /);

      // The bars' table: the observers' group is left with no one, the Balkans hold one more.
      const barsRow = (name: RegExp) =>
        page
          .locator(`figure:has(#scenario-bars-caption) table tbody tr`)
          .filter({ has: page.locator("th", { hasText: name }) });
      const result = comparisonView(base, [moved], "en");
      if (!result.ok) throw new Error(result.issues.join(" "));
      const balkans = result.view.groups.find((g) => g.key === "balkans");
      expect(balkans?.bars[1]?.text).toBeTruthy();
      expect(
        await textOf(
          barsRow(/Balkans/i)
            .locator("td")
            .nth(1),
        ),
      ).toContain(balkans?.bars[1]?.text ?? "?");
      expect(await textOf(barsRow(/OSCE/).locator("td").nth(1))).toBe("none left");
    }));

  it("saves scenarios, compares two side by side with the baseline, and opens one again", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/scenarios");
      const save = async (name: string, id: string) => {
        await page.getByRole("button", { name: "Back to the baseline" }).click();
        await page.getByLabel("Scenario name").fill(name);
        await page.getByLabel(`Keep ${id === "kfor" ? "KFOR" : "EUFOR Althea"}`).uncheck();
        await eventually(() => metric(page, "contributions"), "15", `${name}: contributions`);
        await page.getByRole("button", { name: "Save this scenario" }).click();
        await page.getByText(`Saved as “${name}”.`).waitFor();
      };
      await save("Without EUFOR", "eufor-althea");
      await save("Without KFOR", "kfor");

      // Kept across a reload, then two of them side by side.
      await page.reload();
      await page.locator('[data-engine="ready"]').waitFor();
      await page.getByLabel("Compare Without EUFOR").check();
      await page.getByLabel("Compare Without KFOR").check();
      const compare = page.locator(".compare .metrics");
      await compare.waitFor();
      const headings = await compare.locator("thead th").allTextContents();
      expect(headings.slice(1)).toEqual(["Baseline", "Without EUFOR", "Without KFOR"]);
      const both = comparisonView(
        base,
        [
          { ...setEnded(EMPTY_SCENARIO, "eufor-althea", true), name: "Without EUFOR" },
          { ...setEnded(EMPTY_SCENARIO, "kfor", true), name: "Without KFOR" },
        ],
        "en",
      );
      if (!both.ok) throw new Error(both.issues.join(" "));
      for (const id of ["contributions", "personnel", "concentration"]) {
        const want = both.view.rows.find((r) => r.id === id)?.values;
        const got = [0, 1, 2].map((i) =>
          compare
            .locator(`tr[data-metric="${id}"] td`)
            .nth(i)
            .evaluate((td) => td.firstChild?.textContent ?? ""),
        );
        expect(await Promise.all(got), id).toEqual(want);
      }
      // EUFOR's and KFOR's endings differ: the two columns are not the same scenario twice.
      const personnel = both.view.rows.find((r) => r.id === "personnel")?.values ?? [];
      expect(personnel[1]).not.toBe(personnel[2]);

      // Opening a saved scenario puts it back in the editor.
      await page.getByRole("button", { name: "Open Without KFOR" }).click();
      expect(await page.getByLabel("Scenario name").inputValue()).toBe("Without KFOR");
      expect(await page.getByLabel("Keep KFOR").isChecked()).toBe(false);
      expect(await page.getByLabel("Keep EUFOR Althea").isChecked()).toBe(true);
    }));

  it("is usable by keyboard alone: keep or end, resize, save", () =>
    withPage({}, async (page) => {
      await openWorkbench(page, "/en/scenarios");
      await tabTo(page, "input#scenario-name");
      await page.keyboard.type("By keyboard");
      await tabTo(page, "input[type=checkbox]#keep-eufor-althea");
      await page.keyboard.press("Space");
      await eventually(() => metric(page, "contributions"), "15", "contributions");
      await tabTo(page, "input#size-kfor");
      await page.keyboard.type("about 10");
      await page.keyboard.press("Enter");
      const resized = setSize(setEnded(EMPTY_SCENARIO, "eufor-althea", true), "kfor", {
        qualifier: "approximately",
        value: 10,
      });
      await eventually(
        () => metric(page, "personnel"),
        expected(resized, "personnel"),
        "personnel",
      );
      await tabTo(page, "button", /^Save this scenario$/);
      await page.keyboard.press("Enter");
      await page.getByText("Saved as “By keyboard”.").waitFor();
      expect(await page.getByLabel("Compare By keyboard").count()).toBe(1);
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
