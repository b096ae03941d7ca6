import { bundledDataset } from "@inzet/data";
import { seriesMonths } from "@inzet/data/queries";
import { describe, expect, it } from "vitest";
import { smallMultiples } from "./small-multiples";
import { monthlyTotals } from "./un-monthly";

const ds = bundledDataset();
const series = monthlyTotals(ds);
const sm = smallMultiples(series);

describe("monthlyTotals", () => {
  it("gives each UN mission with monthly figures its month-end totals, citing the UN", () => {
    const ids = series.map((s) => s.mission.id);
    expect(ids).toEqual(
      expect.arrayContaining(["unmis", "unamid", "unficyp", "minusma", "unsmis"]),
    );
    for (const s of series) {
      expect(s.source).toBe("un-dpko-contributions-by-mission");
      expect(s.points.length).toBeGreaterThanOrEqual(2);
      for (const p of s.points) {
        expect(p.figure.scope).toBe("all");
        expect(p.figure.mission).toBe(s.mission.id);
      }
      const months = s.points.map((p) => p.month);
      expect(months).toEqual([...new Set(months)].sort());
    }
  });

  it("reads UNMIS's November 2009 total as the compilation gives it (26)", () => {
    const unmis = series.find((s) => s.mission.id === "unmis");
    expect(unmis?.points[0]).toMatchObject({ month: "2009-11", value: 26 });
  });
});

describe("smallMultiples", () => {
  it("puts every panel on one month axis and one scale from zero", () => {
    expect(sm.months[0]).toBe("2009-11");
    expect(sm.months.at(-1)).toBe("2014-02");
    const peak = Math.max(...sm.panels.map((p) => p.peak.value));
    expect(sm.max).toBeGreaterThanOrEqual(peak);
    expect(sm.panels).toHaveLength(series.length);
    expect(sm.years.map((y) => y.year)).toEqual([2010, 2011, 2012, 2013, 2014]);
  });

  it("counts the months a panel's own span has no figure for, and breaks its line there", () => {
    for (const p of sm.panels) {
      const span = seriesMonths([{ points: [p.first, p.last] }]).length;
      expect(p.missing).toBe(span - p.series.points.length);
      expect(p.path.match(/M/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
      if (p.missing === 0) expect(p.path.match(/M/g)).toHaveLength(1);
    }
  });
});
