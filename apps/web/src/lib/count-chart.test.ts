import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { countChart } from "./count-chart";

const chart = countChart(bundledDataset());
const line = (kind: "civilian" | "military") => chart.lines.find((l) => l.kind === kind);

describe("countChart", () => {
  it("spans 2008–2018 on one scale from zero that holds every count", () => {
    expect(chart.years[0]).toBe(2008);
    expect(chart.years.at(-1)).toBe(2018);
    const values = chart.lines.flatMap((l) => l.points.flatMap((p) => p.value ?? []));
    expect(Math.max(...values)).toBeLessThanOrEqual(chart.max);
    expect(chart.ticks[0]).toBe(0);
    expect(chart.y(0)).toBe(chart.plot.bottom);
  });

  it("gives 2014 thirteen civilian and thirteen military missions, as the source counts them", () => {
    for (const kind of ["civilian", "military"] as const) {
      const p = line(kind)?.points.find((q) => q.year === 2014);
      expect(p?.value).toBe(13);
      expect(p?.count?.citation.source).toBe("kst-29521-364");
    }
  });

  it("leaves the civilian N/A of 2008–2010 a labelled gap, never zero", () => {
    const civilian = line("civilian");
    for (const year of [2008, 2009, 2010]) {
      const p = civilian?.points.find((q) => q.year === year);
      expect(p?.value).toBeUndefined();
      expect(p?.y).toBeUndefined();
      expect(p?.count?.count.qualifier).toBe("unknown");
    }
    expect(chart.gaps).toEqual([
      expect.objectContaining({ kind: "civilian", from: 2008, to: 2010, wording: "N/A" }),
    ]);
    // The line starts at 2011: no segment is drawn over the gap.
    const start = civilian?.points.find((q) => q.year === 2011);
    expect(civilian?.path.startsWith(`M${start?.x},`)).toBe(true);
    expect(civilian?.path.match(/M/g)).toHaveLength(1);
  });

  it("draws the military line through every year", () => {
    expect(line("military")?.points.every((p) => p.value !== undefined)).toBe(true);
  });
});
