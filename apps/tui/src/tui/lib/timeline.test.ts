import { bundledDataset, type TimelineRow, timelineRows } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { axisLines, column, makeAxis, timelineSpans } from "./timeline.js";

const row = (dates: Partial<Omit<TimelineRow, "mission" | "cluster">>): TimelineRow => {
  const mission = bundledDataset().missions[0];
  if (!mission) throw new Error("no mission");
  return {
    mission,
    cluster: undefined,
    start: undefined,
    end: undefined,
    dutchStart: undefined,
    dutchEnd: undefined,
    ...dates,
  };
};

describe("the time axis", () => {
  it("spans every known date of the real dataset and reaches the dataset's year", () => {
    const ds = bundledDataset();
    const axis = makeAxis(timelineRows(ds), ds.meta.year, 60);
    expect(axis.from).toBeLessThanOrEqual(1948);
    expect(axis.to).toBeGreaterThan(ds.meta.year);
    expect(column(axis, axis.from)).toBe(0);
    expect(column(axis, axis.to)).toBe(59);
  });

  it("labels round years that do not collide, on ticks at the same columns", () => {
    const axis = { from: 1948, to: 2020, width: 60 };
    const [ticks, labels] = axisLines(axis);
    expect([...ticks]).toHaveLength(60);
    expect(labels).toMatch(/1950 +1960/);
    for (const match of labels.matchAll(/\d{4}/g))
      expect(ticks[column(axis, Number(match[0]))]).toBe("┼");
  });

  it("uses wider steps on a narrow axis", () => {
    const [, labels] = axisLines({ from: 1948, to: 2020, width: 20 });
    expect(labels.match(/\d{4}/g)?.length).toBeLessThanOrEqual(3);
  });
});

describe("timelineSpans", () => {
  const axis = { from: 2000, to: 2020, width: 21 };
  const text = (r: TimelineRow) =>
    timelineSpans(r, axis)
      .map((s) => s.text)
      .join("");

  it("draws a known lifetime solid and the Dutch part over it", () => {
    expect(text(row({ start: "2005", end: "2014", dutchStart: "2008", dutchEnd: "2009" }))).toBe(
      "     ───██─────",
    );
  });

  it("marks a lifetime with no end recorded as open, not as ongoing", () => {
    const spans = timelineSpans(row({ start: "2015" }), axis);
    expect(spans.at(-1)).toEqual({ text: "┄┄┄┄┄┄", kind: "open" });
  });

  it("draws nothing when the start is unknown", () => {
    expect(timelineSpans(row({}), axis)).toEqual([]);
  });
});
