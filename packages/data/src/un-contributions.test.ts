import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "./bundled.js";
import { loadFiles } from "./files.js";
import { SourceId } from "./model/ids.js";
import { getSource } from "./query/lookup.js";

// The UN's monthly figures (data/un-contributions/) against what the research extracted:
// /work/research/un-nl-monthly.{md,csv}, from IPIDataLab/TCC-DataScraper at this commit.
const COMMIT = "544bafde51c2e809b707d50248c53b61e68d90db";
const SOURCE = "un-dpko-contributions-by-mission";
const ds = bundledDataset();
const un = ds.figures.filter((f) => f.citation.source === SOURCE);

/** "2012-03".."2014-02" without the months given. */
function months(from: string, to: string, without: string[] = []): string[] {
  const out: string[] = [];
  const [y0 = 0, m0 = 1] = from.split("-").map(Number);
  for (let i = y0 * 12 + m0 - 1; ; i++) {
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    if (!without.includes(month)) out.push(month);
    if (month === to) return out;
  }
}

// Per mission and category, the months the compilation has a row with that category.
const RESEARCH: Record<string, Record<string, string[]>> = {
  untso: { experts: months("2009-11", "2014-02"), total: months("2009-11", "2014-02") },
  undof: { troops: months("2013-09", "2014-02"), total: months("2013-09", "2014-02") },
  unama: {
    police: months("2011-11", "2014-02"),
    experts: months("2012-12", "2014-02", ["2013-02"]),
    total: months("2011-11", "2014-02"),
  },
  unmiss: {
    police: months("2012-03", "2014-02", ["2012-03", "2013-10"]),
    experts: months("2012-03", "2014-02", ["2012-03", "2013-04"]),
    troops: months("2012-03", "2014-02"),
    total: months("2012-03", "2014-02"),
  },
  unficyp: { police: months("2009-11", "2011-01"), total: months("2009-11", "2011-01") },
  unmis: {
    police: months("2009-11", "2011-06"),
    experts: months("2009-11", "2011-06"),
    troops: months("2009-11", "2011-06", ["2010-10"]),
    total: months("2009-11", "2011-06"),
  },
  unamid: {
    troops: months("2009-11", "2012-05", [
      ...months("2010-03", "2010-05"),
      ...months("2011-02", "2011-08"),
    ]),
    total: months("2009-11", "2012-05", [
      ...months("2010-03", "2010-05"),
      ...months("2011-02", "2011-08"),
    ]),
  },
  unsmis: { experts: months("2012-05", "2012-07"), total: months("2012-05", "2012-07") },
  minusma: { troops: months("2013-10", "2014-02"), total: months("2013-10", "2014-02") },
};

// The rows the research recorded verbatim: the only ones that may be quoted.
const VERBATIM = new Set(["16285", "16326", "28307", "28881", "16254", "16247"]);

const parts = (id: string) => /^([a-z]+)-un-(\d{4}-\d{2})-([a-z]+)$/.exec(id)?.slice(1) ?? [];

describe("the UN's monthly figures", () => {
  it("validate: no issue lies in their files", () => {
    const dir = new URL("../data/", import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => ({ file: `data/${name}`, text: readFileSync(new URL(name, dir), "utf8") }));
    const result = loadFiles(files);
    const issues = result.ok ? result.warnings : result.issues;
    expect(issues.filter((i) => i.file?.startsWith("data/un-contributions/"))).toEqual([]);
  });

  it("cite the UN as an official source, read via IPI's compilation at the research's commit", () => {
    const source = getSource(ds, SourceId.parse(SOURCE));
    expect(source?.publisherKind).toBe("official");
    expect(source?.url).toBe("https://peacekeeping.un.org/en/data-troop-and-police-contributions");
    expect(source?.accessedVia?.map((a) => a.url)).toEqual([
      `https://github.com/IPIDataLab/TCC-DataScraper/blob/${COMMIT}/tcc_files/Gender.Full.csv`,
    ]);
    // Every row × category the research extracted (un-nl-monthly.csv has 445), no more.
    expect(un).toHaveLength(445);
    expect(ds.figures.filter((f) => f.id.includes("-un-"))).toEqual(un);
  });

  it("exist only for the months the research lists, per mission and category", () => {
    const found: Record<string, Record<string, string[]>> = {};
    for (const f of un) {
      const [mission = "", month = "", category = ""] = parts(f.id);
      expect(f.mission).toBe(mission);
      expect(f.asOf).toMatch(new RegExp(`^${month}-\\d\\d$`));
      const categories = found[mission] ?? {};
      categories[category] = [...(categories[category] ?? []), month].sort();
      found[mission] = categories;
    }
    expect(found).toEqual(RESEARCH);
  });

  it("are exact month-end counts, each month's total the sum of its categories", () => {
    const totals = new Map<string, number>();
    for (const f of un) {
      expect(f.quantity).toMatchObject({ qualifier: "exact", basis: "deployed" });
      expect(f.status).toBeUndefined();
      const [mission, month, category] = parts(f.id);
      const value = f.quantity.qualifier === "exact" ? f.quantity.value : Number.NaN;
      const key = `${mission} ${month}`;
      totals.set(key, (totals.get(key) ?? 0) + (category === "total" ? -value : value));
      expect(f.scope).toBe({ total: "all", police: "police" }[category ?? ""] ?? "military");
    }
    expect([...totals].filter(([, rest]) => rest !== 0)).toEqual([]);
  });

  it.each([
    ["untso-un-2013-12-total", 12],
    ["untso-un-2014-02-total", 13],
    ["unmiss-un-2013-10-total", 10],
    ["unmiss-un-2012-04-police", 17],
    ["unama-un-2013-02-total", 1],
    ["undof-un-2014-02-troops", 2],
    ["unmis-un-2009-12-experts", 6],
    ["unficyp-un-2010-08-police", 4],
    ["unamid-un-2010-07-troops", 2],
    ["minusma-un-2014-02-total", 117],
  ])("agree with the research's month-by-month table: %s is %i", (id, value) => {
    expect(un.find((f) => f.id === id)?.quantity).toEqual({
      qualifier: "exact",
      value,
      basis: "deployed",
    });
  });

  it("name the month and the compilation row, and quote only rows the research saw verbatim", () => {
    for (const f of un) {
      const locator = f.citation.locator;
      const row = typeof locator === "object" ? /row "(\d+)"/.exec(locator.en)?.[1] : undefined;
      expect(row, f.id).toBeDefined();
      if (f.citation.quote) {
        expect(VERBATIM.has(row ?? ""), f.id).toBe(true);
        expect(f.citation.quote.text.startsWith(`"${row}",${f.asOf},"Netherlands"`)).toBe(true);
      }
    }
    expect(un.filter((f) => f.citation.quote).length).toBe(15);
  });
});
