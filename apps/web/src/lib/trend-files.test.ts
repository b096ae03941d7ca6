import { bundledDataset } from "@inzet/data";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { dataFile } from "./data-files";
import { monthlyTotals } from "./un-monthly";

const ds = bundledDataset();
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(dataFile(name)?.body(ds) ?? "", { header: true }).data;

describe("trend downloads", () => {
  it("write the official counts with their source, N/A as unknown and never 0", () => {
    const rows = csv("mission-counts.csv");
    expect(rows).toHaveLength(ds.missionCounts.length);
    const na = rows.find((r) => r.year === "2008" && r.kind === "civilian");
    expect(na).toMatchObject({ count: "unknown", qualifier: "unknown", low: "", high: "" });
    expect(na?.wording).toBe("N/A");
    const y2014 = rows.filter((r) => r.year === "2014");
    expect(y2014.map((r) => r.count)).toEqual(["13", "13"]);
    for (const r of rows) {
      expect(r.source).toContain("Kamerstuk 29 521 no. 364");
      expect(r.quote).toMatch(/^\d{4} /);
    }
  });

  it("write every UN month-end total with its source and place", () => {
    const rows = csv("un-monthly.csv");
    const points = monthlyTotals(ds).flatMap((s) => s.points);
    expect(rows).toHaveLength(points.length);
    expect(rows[0]).toMatchObject({ month: expect.stringMatching(/^\d{4}-\d{2}$/) });
    for (const r of rows) expect(r.source).toMatch(/United Nations/);
  });

  it("give the same series as JSON, with the sources cited in full", () => {
    const counts = JSON.parse(dataFile("mission-counts.json")?.body(ds) ?? "{}");
    expect(counts.missionCounts).toHaveLength(ds.missionCounts.length);
    expect(counts.sources.map((s: { id: string }) => s.id)).toEqual(["kst-29521-364"]);
    const monthly = JSON.parse(dataFile("un-monthly.json")?.body(ds) ?? "{}");
    expect(monthly.series.map((s: { mission: string }) => s.mission)).toEqual(
      monthlyTotals(ds).map((s) => s.mission.id),
    );
    expect(monthly.sources[0].accessedVia.length).toBeGreaterThan(0);
  });
});
