import { bundledDataset, PUBLISHER_KINDS, qualityReport } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { contentOf, textOf } from "./pages";
import { useSession } from "./session";

const { withPage } = useSession();
const ds = bundledDataset();
const report = qualityReport(ds);

describe.concurrent("data-quality page", () => {
  it("gives the overall tallies from the code, with their shares", () =>
    withPage({}, async (page) => {
      const response = await page.goto("/en/quality");
      expect(response?.status()).toBe(200);
      const facts = page.getByRole("table", { name: /^Facts about the missions/ });
      const row = (name: RegExp) => textOf(facts.getByRole("row").filter({ hasText: name }));
      await expect(row(/^Facts about the missions/)).resolves.toContain(String(report.facts.facts));
      const quoted = await row(/quoted/);
      expect(quoted).toContain(String(report.facts.quoted));
      expect(quoted).toContain(`${Math.round((100 * report.facts.quoted) / report.facts.facts)}%`);
      await expect(row(/official primary source/)).resolves.toContain(
        String(report.facts.official),
      );
      await expect(row(/unverified/)).resolves.toContain(String(report.facts.unverified));
      await expect(row(/planned/)).resolves.toContain(String(report.facts.planned));
      const figures = page.getByRole("table", { name: /^Personnel figures/ });
      await expect(
        textOf(figures.getByRole("row").filter({ hasText: /unknown/ })),
      ).resolves.toContain(String(report.figures.unknown));
    }));

  it("counts sources by publisher kind, each with what a fact may rest on", () =>
    withPage({}, async (page) => {
      await page.goto("/en/quality");
      const table = page.getByRole("table", { name: /by publisher kind/ });
      await expect(table.locator("tbody tr").count()).resolves.toBe(PUBLISHER_KINDS.length);
      const official = await textOf(table.getByRole("row").filter({ hasText: /^official/ }));
      expect(official).toContain(String(report.sources.official));
      const mirror = await textOf(table.getByRole("row").filter({ hasText: /^mirror/ }));
      expect(mirror).toMatch(/no: a copy is kept beside the reference/);
    }));

  it("has a row per mission, linked to its page, with no group for those outside the letter", () =>
    withPage({}, async (page) => {
      await page.goto("/en/quality");
      const table = page.getByRole("table", {
        name: /^How each mission’s facts and figures stand/,
      });
      await expect(table.locator("tbody tr").count()).resolves.toBe(ds.missions.length);
      const unmis = table
        .getByRole("row")
        .filter({ has: page.getByRole("link", { name: "UNMIS", exact: true }) });
      const q = report.missions.find((m) => m.mission.id === "unmis");
      const text = await contentOf(unmis);
      expect(text).toContain("none (not in the 2014 letter’s groups)");
      expect(text).toContain(String(q?.facts.facts));
      await unmis.getByRole("link", { name: "UNMIS", exact: true }).click();
      await page.waitForURL(/\/en\/missions\/unmis$/);
    }));

  it("states the source policy and the review, in Dutch too", () =>
    withPage({}, async (page) => {
      await page.goto("/nl/quality");
      await expect(textOf(page.getByRole("heading", { level: 1 }))).resolves.toBe("Datakwaliteit");
      const main = await contentOf(page.getByRole("main"));
      expect(main).toContain("Geen feit, aantal of uitspraak mag alleen op een kopie");
      expect(main).toContain("op 3 december 2026 aan hun bronnen getoetst");
    }));

  it("is linked from the navigation and from the data page", () =>
    withPage({}, async (page) => {
      await page.goto("/en/data");
      await page
        .getByRole("main")
        .getByRole("link", { name: /data-quality page/ })
        .click();
      await page.waitForURL(/\/en\/quality$/);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(
        nav.getByRole("link", { name: "Quality" }).getAttribute("aria-current"),
      ).resolves.toBe("page");
    }));
});
