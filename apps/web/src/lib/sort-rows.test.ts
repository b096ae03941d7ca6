import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { missionRows } from "./mission-rows";
import { compareFigures, letterOrder, sortRows } from "./sort-rows";

const rows = missionRows(bundledDataset(), "en");
const acronyms = (rs: { acronym: string }[]) => rs.map((r) => r.acronym);

describe("sortRows", () => {
  it("keeps the given order without a sort key", () => {
    expect(acronyms(sortRows(rows, undefined, "asc", "en"))).toEqual(acronyms(rows));
  });

  it("sorts acronyms alphabetically both ways", () => {
    const up = acronyms(sortRows(rows, "acronym", "asc", "en"));
    expect(up[0]).toBe("CMF");
    expect(acronyms(sortRows(rows, "acronym", "desc", "en"))).toEqual([...up].reverse());
  });

  it("sorts by start with UNTSO (1948) first and missing starts last either way", () => {
    const up = sortRows(rows, "since", "asc", "en");
    expect(up[0]?.acronym).toBe("UNTSO");
    const down = sortRows(rows, "since", "desc", "en");
    const known = up.filter((r) => r.since).map((r) => r.acronym);
    expect(down.slice(0, known.length).map((r) => r.acronym)).toEqual([...known].reverse());
    expect(up.slice(known.length).every((r) => !r.since)).toBe(true);
    expect(down.slice(known.length).every((r) => !r.since)).toBe(true);
  });

  it("puts unknown and missing figures last whichever way figures are sorted", () => {
    // A mission outside the 2014 evaluation (a UN mission of the monthly series) has no 2014 figure.
    const none = (r: (typeof rows)[number]) =>
      r.figure === undefined || r.figure.qualifier === "unknown";
    for (const dir of ["asc", "desc"] as const) {
      const sorted = sortRows(rows, "figure", dir, "en");
      const firstUnknown = sorted.findIndex(none);
      expect(firstUnknown).toBeGreaterThan(0);
      expect(sorted.slice(firstUnknown).every(none)).toBe(true);
    }
  });

  it("sorts groups in the letter's order", () => {
    const orders = sortRows(rows, "cluster", "asc", "en").map((r) => r.cluster?.order);
    expect(orders).toEqual([...orders].sort());
    expect(letterOrder(rows)[0]?.acronym).toBe("EUFOR Althea");
  });
});

describe("compareFigures", () => {
  const f = (low: number, high: number | null) =>
    ({ text: "", words: "", qualifier: "exact", low, high }) as const;
  it("orders by the lower bound, then an open upper bound last", () => {
    expect(compareFigures(f(3, 3), f(10, 10))).toBeLessThan(0);
    expect(compareFigures(f(41, null), f(41, 50))).toBeGreaterThan(0);
    expect(compareFigures(f(10, 10), f(10, 10))).toBe(0);
  });
});
