import {
  bundledDataset,
  type Citation,
  figuresFor,
  formatCitation,
  formatQuantity,
  getMission,
  letterFigure,
  type MissionId,
  missionFacts,
  monthlySeries,
  type Quantity,
  seriesFigureIds,
} from "@inzet/data";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSession } from "./session";

const { withPage } = useSession();
const ds = bundledDataset();
const LOCALES = ["en", "nl"] as const;
type Lang = (typeof LOCALES)[number];

/** A4 less the page margins of print.css (10 mm each side), in CSS pixels. */
const PRINTABLE_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

/**
 * `series`: the sources of a monthly series, which prints as words with its source; `notes`: the
 * facts' notes (a plan, a doubt, a date not settled), which qualify a fact on paper too.
 */
type Briefing = {
  path: string;
  figures: { quantity: Quantity; citation: Citation }[];
  series: Citation[];
  notes: string[];
};

/** A mission's figures one by one, except those its monthly series shows. */
function missionBriefing(lang: Lang, id: MissionId): Briefing {
  const series = monthlySeries(ds, id);
  const inSeries = seriesFigureIds(series);
  const mission = getMission(ds, id);
  return {
    path: `/${lang}/missions/${id}`,
    figures: figuresFor(ds, { mission: id }).filter((f) => !inSeries.has(f.id)),
    series: [...new Set(series.map((c) => c.source))].map((source) => ({ source })),
    notes: (mission ? missionFacts(mission) : []).flatMap((f) => f.fact.note?.[lang] ?? []),
  };
}

const briefings: { name: string; lang: Lang; briefing: Briefing }[] = LOCALES.flatMap((lang) => [
  ...ds.missions.map((m) => ({
    name: `mission ${m.id} (${lang})`,
    lang,
    briefing: missionBriefing(lang, m.id),
  })),
  ...ds.clusters.map((c) => ({
    name: `group ${c.id} (${lang})`,
    lang,
    briefing: {
      path: `/${lang}/clusters/${c.id}`,
      figures: [letterFigure(ds, c.id) ?? []].flat(),
      series: [],
      notes: [],
    },
  })),
]);

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** What the page prints: its text with print styles applied, white space collapsed. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  // biome-ignore lint/performance/useDomNodeTextContent: innerText leaves out what print.css hides
  const text = await page.evaluate(() => document.body.innerText);
  return text.replace(/\s+/g, " ");
}

describe.concurrent("print: every mission and group page is a one-page A4 briefing", () => {
  for (const { name, lang, briefing } of briefings) {
    it(`${name}: one page, with every figure and its citation`, () =>
      withPage({ viewport: { width: PRINTABLE_WIDTH, height: 1000 } }, async (page) => {
        const response = await page.goto(briefing.path);
        expect(response?.status()).toBe(200);

        const pdf = await page.pdf({ format: "A4" });
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(pdfPages(pdf), `${briefing.path} printed pages`).toBe(1);

        const text = await printedText(page);
        expect(briefing.figures.length + briefing.series.length).toBeGreaterThan(0);
        for (const f of briefing.figures) {
          expect(text).toContain(formatQuantity(f.quantity, { lang }));
          expect(text).toContain(formatCitation(ds, f.citation, lang).replace(/\s+/g, " "));
        }
        for (const c of briefing.series)
          expect(text).toContain(formatCitation(ds, c, lang).replace(/\s+/g, " "));
        for (const note of briefing.notes) expect(text).toContain(note.replace(/\s+/g, " "));
        // Nothing wider than the paper, where print would cut it off.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(PRINTABLE_WIDTH);
      }));
  }

  it("counts the pages of a longer print", () =>
    withPage({}, async (page) => {
      await page.goto("/en/sources");
      expect(pdfPages(await page.pdf({ format: "A4" }))).toBeGreaterThan(1);
    }));
});
