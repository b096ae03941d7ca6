import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAsOf } from "./days.js";
import { durationYears, runStatus } from "./duration.js";

describe("runStatus", () => {
  it.each([
    [{ start: "1948-05-29", ends: [] }, "2014", "running"],
    [{ start: "2015-03-16", ends: ["2016-07-16"] }, "2014", "notStarted"],
    [{ start: "2004-12-02", ends: ["2017-02-28"] }, "2018", "ended"],
    [{ start: "2014-05", ends: [] }, "2014", "running"],
    [{ start: "2014-05", ends: [] }, "2014-03", "notStarted"],
    [{ start: "2014", ends: [] }, "2014-06", "indeterminate"],
    [{ start: undefined, ends: [] }, "2014", "indeterminate"],
    [{ start: undefined, ends: ["2010"] }, "2014", "ended"],
    [{ start: "2010", ends: ["2014"] }, "2014-06-01", "indeterminate"],
  ] as const)("%o as of %s is %s", (span, asOf, status) => {
    expect(runStatus(span, asOf)).toBe(status);
  });
});

describe("durationYears", () => {
  it("is unknown without a start, never zero", () => {
    expect(durationYears({ start: undefined, ends: ["2016"] }, "2014")).toBeNull();
  });

  it("runs to the as-of date, as the range the dates' precision allows", () => {
    const untso = durationYears({ start: "1948-05-29", ends: [] }, "2014");
    expect(untso?.low).toBeCloseTo(65.59, 2);
    expect(untso?.high).toBeCloseTo(66.59, 2);
  });

  it("stops at the earliest end: a participation cannot outlast its mission", () => {
    const d = durationYears({ start: "2010-01-01", ends: ["2030", "2012-01-01"] }, "2020");
    expect(d?.low).toBeCloseTo(2, 2);
    expect(d?.high).toBeCloseTo(2, 2);
  });

  it("gives 0 ≤ low ≤ high, and never more than from the start to the as-of date", () => {
    const year = fc.integer({ min: 1950, max: 2030 }).map(String);
    fc.assert(
      fc.property(year, fc.option(year, { nil: undefined }), year, (start, end, asOf) => {
        const d = durationYears({ start, ends: end ? [end] : [] }, asOf);
        expect(d).not.toBeNull();
        if (!d || d.high === null) return;
        expect(d.low).toBeGreaterThanOrEqual(0);
        expect(d.low).toBeLessThanOrEqual(d.high);
        // In calendar years, give or take the leap days a mean year of 365.2425 days spreads.
        expect(d.high).toBeLessThanOrEqual(Math.max(0, Number(asOf) - Number(start) + 1) + 0.01);
      }),
    );
  });
});

describe("checkAsOf", () => {
  it("accepts a year, month or day and rejects anything else with a clear message", () => {
    for (const ok of ["2014", "2015-05", "2015-05-20", "2016-02-29"])
      expect(() => checkAsOf(ok)).not.toThrow();
    for (const bad of ["14", "2014-13", "2015-02-29", "20 May 2015"])
      expect(() => checkAsOf(bad)).toThrow(/asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
