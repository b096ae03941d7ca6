import { bundledDataset, qualityReport } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { formatShare, qualityView } from "./quality-view";

const ds = bundledDataset();
const report = qualityReport(ds);
const view = qualityView(ds, "en");

describe("qualityView", () => {
  it("gives the report's overall tallies, each part of the whole it counts in", () => {
    expect(view.facts[0]).toEqual({ key: "facts", count: report.facts.facts, of: undefined });
    const quoted = view.facts.find((t) => t.key === "quoted");
    expect(quoted).toEqual({ key: "quoted", count: report.facts.quoted, of: report.facts.facts });
    const unknown = view.figures.find((t) => t.key === "unknown");
    expect(unknown?.count).toBe(report.figures.unknown);
    expect(unknown?.of).toBe(ds.figures.length);
  });

  it("counts every source once by who published it", () => {
    expect(view.sourceTotal).toBe(ds.sources.length);
    expect(view.sources.map((s) => s.kind)[0]).toBe("official");
  });

  it("has a row per mission, with its group or none, and its sources split official/other", () => {
    expect(view.missions).toHaveLength(ds.missions.length);
    const untso = view.missions.find((m) => m.id === "untso");
    expect(untso?.group).toBe("Middle East Peace Process");
    expect(untso?.treated).toBe(true);
    const unmis = view.missions.find((m) => m.id === "unmis");
    expect(unmis?.group).toBeUndefined();
    expect(unmis?.treated).toBe(false);
    for (const m of view.missions) {
      const r = report.missions.find((x) => x.mission.id === m.id);
      const all = Object.values(r?.sources ?? {}).reduce((n, c) => n + c, 0);
      expect(m.officialSources + m.otherSources).toBe(all);
    }
  });
});

describe("formatShare", () => {
  it("rounds to a whole percent in the reader's language, and says nothing without a whole", () => {
    expect(formatShare(251, 290, "en")).toBe("87%");
    expect(formatShare(251, 290, "nl")).toMatch(/^87\s?%$/);
    expect(formatShare(3, undefined, "en")).toBe("—");
    expect(formatShare(0, 0, "en")).toBe("—");
  });
});
