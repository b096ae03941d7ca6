import { bundledDataset, getMission, type Mission } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { footnotes } from "../output/footnotes.js";
import { makeView } from "../output/view.js";
import { showView } from "./show.js";
import { listedFigures } from "./show-figures.js";
import { monthlyLines } from "./show-monthly.js";

const ds = bundledDataset();
const mission = (id: string): Mission => {
  const m = getMission(ds, id);
  if (!m) throw new Error(`no mission ${id}`);
  return m;
};
const lines = (id: string, lang: "en" | "nl" = "en", width?: number) =>
  monthlyLines(ds, mission(id), footnotes(ds, makeView(lang)), makeView(lang), width);

describe("monthly figures in the terminal", () => {
  it("gives UNTSO's categories a sparkline each, with lowest, highest, first and last month", () => {
    const out = lines("untso");
    expect(out.map((l) => l.kind)).toEqual([
      "category",
      "spark",
      "category",
      "spark",
      "axis",
      "note",
      "note",
    ]);
    expect(out[0]?.text).toBe("Experts on Mission: 11 to 13; 12 in Nov 2009, 13 in Feb 2014");
    expect(out[2]).toMatchObject({ kind: "category", total: true });
    expect(out[1]?.text).toMatch(/^ {2}[▁▂▃▄▅▆▇█]{52}$/);
    expect(out[4]?.text).toMatch(/^ {2}Nov 2009 +Feb 2014$/);
    expect(out[4]?.text).toHaveLength(2 + 52);
    expect(out[6]?.text).toMatch(
      /^Source: Country contributions detailed by mission \(United Nations, .*\), read via International Peace Institute .* \[1\]$/,
    );
  });

  it("fits a narrow pane by giving a character to several months, and says so", () => {
    const out = lines("untso", "en", 30);
    expect(out[1]?.text).toHaveLength(2 + 26);
    expect(out[5]?.text).toMatch(/^One character per 2 months/);
  });

  it("speaks Dutch and marks UNAMA's months without a figure with a dot", () => {
    const out = lines("unama", "nl");
    expect(out[0]?.text).toBe(
      "experts op missie (Experts on Mission): 1 tot 1; 1 in dec 2012, 1 in feb 2014",
    );
    // Nov 2011 … Feb 2014; the expert on mission starts Dec 2012 and skips Feb 2013.
    expect(out[1]?.text).toBe(`  ${"·".repeat(13)}██·${"█".repeat(12)}`);
    expect(out.at(-1)?.text).toMatch(/^Bron: Country contributions detailed by mission/);
  });

  it("has nothing for a mission without monthly figures", () => {
    expect(lines("kfor")).toEqual([]);
    expect(showView(ds, mission("kfor"), makeView("en"))).not.toContain("per month");
  });

  it("lists the figures a series does not show one by one, and the year's with its own row", () => {
    const listed = listedFigures(ds, mission("untso")).map((f) => f.id);
    expect(listed).toContain("untso-2014");
    expect(listed.filter((id) => id.includes("-un-"))).toEqual(["untso-un-2014-02-total"]);
    const text = showView(ds, mission("untso"), makeView("en"));
    expect(text).toMatch(/^28 February 2014 +13 +counts: all personnel/m);
    expect(text).toContain(
      'report for February 2014; compilation tcc_files/Gender.Full.csv, row "28885"',
    );
    expect(text).toMatch(/^Dutch personnel per month \(UN figures\)$/m);
  });
});
