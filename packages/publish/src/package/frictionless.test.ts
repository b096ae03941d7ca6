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
  });

  it.each([
    ["a foreign key", "citations.csv", ",source-0,", ",no-such-source,", /Foreign key "source"/],
    ["an enum", "figures.csv", ",approximately,", ",roughly,", /qualifier/],
    ["a pattern (partial date)", "missions.csv", ",1993,", ",93,", /start/],
    ["a primary key", "sources.csv", "source-1,", "source-0,", /unique constraint/],
  ])("reports a broken %s", async (_what, path, from, to, message) => {
    const good = dataPackage(synthetic(20, 3));
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
