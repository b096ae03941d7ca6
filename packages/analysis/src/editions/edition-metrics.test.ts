import { bundledDataset, type Dataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { formatInterval } from "../interval.js";
import { editionMetrics, editionMetricsSeries } from "./edition-metrics.js";

const ds = bundledDataset();
const series = editionMetricsSeries(ds);
const of = (year: number) => {
  const m = series.find((x) => x.edition.reportingYear === year);
  if (!m) throw new Error(`no edition for ${year}`);
  return m;
};

describe("editionMetrics, on the dataset's editions", () => {
  it("measures the 2014 evaluation from its four groups, each metric with its citations", () => {
    const m = of(2014);
    expect(m.missions).toBe(16);
    expect(m.groups).toBe(4);
    expect(formatInterval(m.concentration, { lang: "en", digits: 2 })).toMatch(/^0\.\d+–1$/);
    expect(m.citations.groups.map((c) => c.source)).toContain("evaluatie-2014");
    expect(m.citations.concentration.length).toBeGreaterThan(0);
  });

  it("leaves an edition without recorded groups unknown, not zero, and lists what it names", () => {
    const m = of(2013);
    expect([m.missions, m.groups, m.concentration]).toEqual([null, null, null]);
    expect(m.named.length).toBeGreaterThan(0);
    expect(m.citations).toEqual({ missions: [], groups: [], concentration: [] });
  });

  it("keeps the editions in order of their year", () => {
    const years = series.map((m) => m.edition.reportingYear);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("says the concentration is unknown when the groups have no figure for the year", () => {
    const e2014 = of(2014).edition;
    const noFigures: Dataset = {
      ...ds,
      figures: ds.figures.filter((f) => f.cluster === undefined),
    };
    const m = editionMetrics(noFigures, e2014);
    expect(m.groups).toBe(4);
    expect(m.concentration).toBeNull();
    expect(m.citations.concentration).toEqual([]);
  });
});
