import { bundledDataset } from "@inzet/data";
import { footnotes } from "@inzet/data/queries";
import { describe, expect, it } from "vitest";
import { editionRows } from "./edition-rows";
import { portfolioTrend } from "./portfolio-trend";

const ds = bundledDataset();

describe("portfolioTrend", () => {
  const points = portfolioTrend(ds, "en", footnotes());

  it("measures the 2014 edition from its groups: 16 missions in 4 groups, concentration an interval", () => {
    const p = points.find((x) => x.edition.reportingYear === 2014);
    expect(p?.missions).toBe(16);
    expect(p?.groups).toBe(4);
    expect(p?.concentration).toMatch(/^0\.\d+–1$/);
    // The four groups where the letter names them, and their four figures the concentration uses.
    expect(p?.refs).toHaveLength(8);
  });

  it("leaves an edition without recorded groups unknown, never zero", () => {
    const p = points.find((x) => x.edition.reportingYear === 2013);
    expect(p).toMatchObject({ missions: undefined, groups: undefined, concentration: undefined });
    expect(points).toHaveLength(ds.editions.length);
  });
});

describe("editionRows", () => {
  const notes = footnotes();
  const rows = editionRows(ds, "nl", notes);

  it("gives every edition, oldest first, with its letter by Kamerstuk and its cited date", () => {
    expect(rows.map((r) => r.edition.reportingYear)).toEqual(
      [...ds.editions].map((e) => e.reportingYear).sort(),
    );
    const e2014 = rows.find((r) => r.edition.reportingYear === 2014);
    expect(e2014?.letter.label).toBe("Kamerstuk 29 521 nr. 291");
    expect(e2014?.letter.url).toBe("https://zoek.officielebekendmakingen.nl/kst-29521-291.html");
    expect(e2014?.date?.text).toBe("20 mei 2015");
    expect(e2014?.date?.refs.length).toBe(1);
  });

  it("names the missions each edition treats, each with the note of the place that says so", () => {
    const e2013 = rows.find((r) => r.edition.reportingYear === 2013);
    expect(e2013?.missions.map((m) => m.mission.id)).toContain("untso");
    const e2014 = rows.find((r) => r.edition.reportingYear === 2014);
    expect(e2014?.missions).toHaveLength(16);
    expect(e2014?.groups.map((g) => g.quantity?.wording?.text)).toEqual([
      "ongeveer tien",
      "ongeveer twintig",
      "ruim veertig",
      "enkele",
    ]);
    const max = notes.list().length;
    for (const r of rows)
      for (const n of [...r.missions.map((m) => m.ref), ...r.groups.map((g) => g.ref)])
        expect(n).toBeLessThanOrEqual(max);
  });
});
