import { describe, expect, it } from "vitest";
import { bundledDataset, rich, synthetic } from "../test/datasets.js";
import { validatePackage } from "../test/frictionless.js";
import { type DataPackage, dataPackage } from "./write.js";

const noErrors = (report: Awaited<ReturnType<typeof validatePackage>>) => ({
  descriptor: report.descriptor,
  rows: Object.fromEntries(Object.entries(report.rows).filter(([, e]) => e.length > 0)),
});

/** The package with one CSV cell replaced, to show the validator catches what it must. */
function breakCell(p: DataPackage, path: string, from: string, to: string): DataPackage {
  return {
    descriptor: p.descriptor,
    resources: p.resources.map((r) =>
      r.path === path ? { ...r, csv: r.csv.replace(from, to) } : r,
    ),
  };
}

describe("the data package, checked by the Frictionless libraries", () => {
  it.each([
    ["the bundled dataset", () => bundledDataset()],
    ["a synthetic dataset", () => synthetic(40, 3)],
    ["a rich synthetic dataset", () => rich(40, 11)],
  ])("has a valid descriptor and valid rows for %s", async (_name, make) => {
    const ds = make();
    const report = await validatePackage(dataPackage(ds, { created: "2026-12-03T10:00:00Z" }));
    expect(noErrors(report)).toEqual({ descriptor: [], rows: {} });
    expect(report.rowCounts.missions).toBe(ds.missions.length);
    expect(report.rowCounts.figures).toBe(ds.figures.length);
    expect(report.rowCounts.editions).toBe(ds.editions.length);
    expect(report.rowCounts.edition_coverage).toBe(
      ds.editions.reduce((n, e) => n + e.covers.length, 0),
    );
    expect(report.rowCounts.mission_counts).toBe(ds.missionCounts.length);
  });

  // The package of a synthetic dataset, and of a rich one, which has editions with coverage,
  // groups of two editions and counts of missions.
  const packages = {
    synthetic: () => dataPackage(synthetic(20, 3)),
    rich: () => dataPackage(rich(12, 5)),
  };

  it.each([
    [
      "a foreign key",
      "synthetic",
      "citations.csv",
      ",source-0,",
      ",no-such-source,",
      /Foreign key "source"/,
    ],
    ["an enum", "synthetic", "figures.csv", ",approximately,", ",roughly,", /qualifier/],
    ["a pattern (partial date)", "synthetic", "missions.csv", ",1993,", ",93,", /start/],
    ["a primary key", "synthetic", "sources.csv", "source-1,", "source-0,", /unique constraint/],
    [
      "primary key: a mission in two groups of one edition",
      "rich",
      "cluster_missions.csv",
      "east,synthetic-2014,0,mission-1",
      "east,synthetic-2014,0,mission-0",
      /unique constraint/,
    ],
    [
      "composite foreign key: a group's edition",
      "rich",
      "cluster_missions.csv",
      "north,synthetic-2014,",
      "north,synthetic-2015,",
      /Foreign key "cluster,edition"/,
    ],
    [
      "foreign key: a coverage's citation",
      "rich",
      "citations.csv",
      ",editions[id=synthetic-2015].covers[1],",
      ",editions[id=synthetic-2015].covers[9],",
      /Foreign key "coverage"/,
    ],
    [
      "foreign key: an edition's letter",
      "rich",
      "editions.csv",
      ",source-2,",
      ",no-such-source,",
      /Foreign key "letter"/,
    ],
    [
      "enum: a count's kind",
      "rich",
      "mission_counts.csv",
      ",2009,civilian,",
      ",2009,police,",
      /kind/,
    ],
    [
      "unique: one edition a year",
      "rich",
      "editions.csv",
      "synthetic-2016,2016,",
      "synthetic-2016,2015,",
      /reporting_year/,
    ],
  ] as const)("reports a broken %s", async (_what, dataset, path, from, to, message) => {
    const good = packages[dataset]();
    const broken = breakCell(good, path, from, to);
    expect(broken.resources.find((r) => r.path === path)?.csv).not.toBe(
      good.resources.find((r) => r.path === path)?.csv,
    );
    const report = await validatePackage(broken);
    expect(report.rows[path.replace(".csv", "")]?.join("\n")).toMatch(message);
  });
});

describe("the descriptor check", () => {
  it("reports a descriptor that breaks the Data Package profile", async () => {
    const good = dataPackage(synthetic(5, 1));
    const report = await validatePackage({
      ...good,
      descriptor: { ...good.descriptor, name: "Not a valid name", licenses: "CC0" },
    });
    expect(report.descriptor.join("\n")).toMatch(/name|licenses/);
  });
});
