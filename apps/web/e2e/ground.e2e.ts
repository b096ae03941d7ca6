import {
  bundledDataset,
  canonicalUrl,
  getMission,
  LABELS,
  missionFacts,
  sourceUsage,
} from "@inzet/data";
import { formatPartialDate } from "@inzet/data/queries";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { contentOf, textOf } from "./pages";
import { useSession } from "./session";

// Issue 12's "done when": for every fact, the source's words, what kind of source it is, and
// whether the fact is planned, actual or unverified — on the mission pages and the sources page.

const { withPage } = useSession();
const ds = bundledDataset();

/** A fact row of the Dutch contribution by its label ("Until"). */
function dutchFact(page: Page, label: string) {
  return page
    .locator(".briefing-dutch .fact")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });
}

describe.concurrent("the ground every fact stands on", () => {
  it.each([
    ["en", "Until", "planned, not confirmed"],
    ["nl", "Tot", "gepland, niet bevestigd"],
  ] as const)("marks UNDOF's Dutch end as planned, not actual (%s)", (lang, label, badge) =>
    withPage({}, async (page) => {
      expect(getMission(ds, "undof")?.netherlands.end?.status).toBe("planned");
      await page.goto(`/${lang}/missions/undof`);
      const end = await textOf(dutchFact(page, label));
      expect(end).toContain(lang === "en" ? "September 2016" : "september 2016");
      expect(end).toContain(badge);
      await expect(dutchFact(page, label).locator(".badge-planned").isVisible()).resolves.toBe(
        true,
      );
    }),
  );

  it("says a mission and its Dutch part were still running on a date, as the source says", () =>
    withPage({}, async (page) => {
      const untso = getMission(ds, "untso");
      const date = untso?.runningAsOf && formatPartialDate(untso.runningAsOf.value, "en");
      expect(date).toBe("28 February 2024");
      await page.goto("/en/missions/untso");
      const main = await textOf(page.getByRole("main"));
      expect(main).toContain(`Still running on ${date}, as the source says`);
      const dutch = await textOf(dutchFact(page, "Still running"));
      expect(dutch).toContain(`Still running on ${date}, as the source says`);
    }));

  it("names each source's publisher kind in the notes, mirrors as such", () =>
    withPage({}, async (page) => {
      // A mission that cites a copy (kept for a fact that also has an official source).
      const mirror = sourceUsage(ds).find(
        (u) => u.source.publisherKind === "mirror" && u.missions.length > 0,
      );
      const mission = mirror?.missions[0];
      expect(mission, "a mission citing a mirror").toBeTruthy();
      await page.goto(`/en/missions/${mission}`);
      const notes = page.locator(".footnotes > li");
      const first = await contentOf(notes.first());
      expect(first).toContain(LABELS.publisherKind.official.en);
      const mirrored = notes.filter({ hasText: mirror?.source.title ?? "" }).first();
      await expect(contentOf(mirrored)).resolves.toContain(LABELS.publisherKind.mirror.en);
    }));

  it("links a note to the source's canonical address, and names a copy it was read in as a copy", () =>
    withPage({}, async (page) => {
      const source = ds.sources.find((s) => s.id === "un-dpko-contributions-by-mission");
      const copy = source?.accessedVia?.[0];
      expect(copy).toBeTruthy();
      await page.goto("/en/missions/unmis");
      const note = page
        .locator(".footnotes > li")
        .filter({ has: page.locator(`a[href="${source && canonicalUrl(source)}"]`) })
        .first();
      const text = await contentOf(note);
      expect(text).toContain("official primary source");
      expect(text).toContain(`Read in a copy: ${copy?.publisher}`);
      // The copy is linked as the copy, not as the reference's address.
      await expect(note.locator(".source-url a").getAttribute("href")).resolves.toBe(
        source && canonicalUrl(source),
      );
      await expect(note.locator(".source-copies a").getAttribute("href")).resolves.toBe(copy?.url);
    }));

  it("shows every fact's quoted words in its note", () =>
    withPage({}, async (page) => {
      const undof = getMission(ds, "undof");
      const quotes = (undof ? missionFacts(undof) : [])
        .flatMap((f) => f.fact.citations)
        .flatMap((c) => c.quote?.text ?? []);
      expect(quotes.length).toBeGreaterThan(5);
      await page.goto("/en/missions/undof");
      const notes = (await page.locator(".footnotes").textContent())?.replace(/\s+/g, " ") ?? "";
      for (const q of quotes) expect(notes).toContain(q.replace(/\s+/g, " "));
    }));
});

describe.concurrent("missions outside the 2014 letter's groups", () => {
  it.each(["unmis", "minusma"])(
    "%s: its page works, gives no figure for 2014 and says the 2014 evaluation does not treat it",
    (id) =>
      withPage({}, async (page) => {
        const response = await page.goto(`/en/missions/${id}`);
        expect(response?.status()).toBe(200);
        const main = await textOf(page.getByRole("main"));
        expect(main).toContain("Not treated by the 2014 evaluation");
        expect(main).toContain("None of the evaluations in the data treats this mission.");
        expect(main).not.toContain("Dutch personnel in 2014:");
        await expect(page.locator(".year-figure").count()).resolves.toBe(0);
        await expect(
          page.getByRole("heading", { level: 2, name: "Where it is named" }).count(),
        ).resolves.toBe(1);
      }),
  );

  it("a mission of the letter names the evaluations that treat it", () =>
    withPage({}, async (page) => {
      await page.goto("/nl/missions/untso");
      const main = await textOf(page.getByRole("main"));
      expect(main).toContain(
        "Behandeld in de evaluaties over 2013 (Kamerstuk 29 521 nr. 244), 2014",
      );
    }));

  it("the overview counts the letter's 16 missions and lists the others apart", () =>
    withPage({}, async (page) => {
      await page.goto("/en");
      const stats = await textOf(page.locator(".stats"));
      expect(stats).toMatch(/\b16 missions named in the letter/);
      const other = page.locator("section").filter({
        has: page.getByRole("heading", { name: /^Other missions in the data/ }),
      });
      const links = await other.getByRole("listitem").getByRole("link").allTextContents();
      expect(links.sort()).toEqual(["MINUSMA", "UNAMID", "UNFICYP", "UNMIS", "UNSMIS"]);
    }));

  it("the missions table shows them with no group and no 2014 figure", () =>
    withPage({}, async (page) => {
      await page.goto("/en/missions");
      const row = page
        .getByRole("row")
        .filter({ has: page.getByRole("link", { name: "MINUSMA" }) });
      const cells = await row.getByRole("cell").allTextContents();
      const headers = await page.locator(".missions-table thead th").allTextContents();
      const at = (name: RegExp) => cells[headers.findIndex((h) => name.test(h)) - 1];
      expect(at(/^Group/)).toBe("—");
      expect(at(/^Dutch, 2014/)).toBe("—");
    }));
});

describe.concurrent("the sources page", () => {
  it("shows publisher kinds and filters by kind with links alone", () =>
    withPage({}, async (page) => {
      const mirrors = ds.sources.filter((s) => s.publisherKind === "mirror").length;
      await page.goto("/en/sources");
      const shown = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll(".source")].filter(
              (e) => getComputedStyle(e).display !== "none",
            ).length,
        );
      await expect(shown()).resolves.toBe(ds.sources.length);
      // Following a kind's link restyles all ~200 sources (:target); on two shared cores under the
      // rest of the suite that has taken over the default 10 s, as axe on this page does.
      const slow = { timeout: 60_000 };
      await page.getByRole("link", { name: `mirror or aggregator copy (${mirrors})` }).click(slow);
      await page.waitForURL(/#kind-mirror$/, slow);
      await expect(shown()).resolves.toBe(mirrors);
      const status = page.locator("#kind-mirror");
      await expect(status.isVisible()).resolves.toBe(true);
      await expect(textOf(status)).resolves.toContain(`Showing the ${mirrors} sources`);
      const kinds = await page
        .locator(".source")
        .evaluateAll((els) =>
          els.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.className),
        );
      expect(kinds.every((k) => k.includes("kind-mirror"))).toBe(true);
      await status.getByRole("link", { name: "Show all" }).click(slow);
      await expect(shown()).resolves.toBe(ds.sources.length);
    }));

  it("gives each source its kind, its identifier and the copies it was read in", () =>
    withPage({}, async (page) => {
      await page.goto("/en/sources");
      const letter = page.locator("#source-kst-29521-291");
      const text = (await letter.textContent())?.replace(/\s+/g, " ") ?? "";
      expect(text).toContain("official primary source");
      expect(text).toContain("Kamerstuk 29 521 no. 291");
      const un = page.locator("#source-un-dpko-contributions-by-mission");
      const unText = (await un.textContent())?.replace(/\s+/g, " ") ?? "";
      expect(unText).toContain("Read in a copy: International Peace Institute");
    }));
});
