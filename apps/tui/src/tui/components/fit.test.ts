import { describe, expect, it } from "vitest";
import { pack } from "../lib/layout.js";
import { groupsChart } from "./groups-view.js";
import { timelineFit } from "./timeline-view.js";

describe("fitting the charts into the terminal's height", () => {
  it("gives the groups chart gaps and its whole legend when there is room", () => {
    expect(groupsChart(19, 4, 2)).toEqual({ legendLines: 2, gaps: true, chart: 10, detail: 9 });
  });

  it("keeps the bars and the total on a small terminal, and as much legend as fits", () => {
    const fit = groupsChart(7, 4, 2);
    expect(fit).toEqual({ legendLines: 1, gaps: false, chart: 7, detail: 0 });
  });

  it("never gives the timeline fewer than one row, nor more legend than leaves three rows", () => {
    expect(timelineFit(19, 2)).toEqual({ legendLines: 2, rows: 13 });
    expect(timelineFit(7, 3)).toEqual({ legendLines: 0, rows: 3 });
    expect(timelineFit(3, 3).rows).toBe(1);
  });

  it("packs legend items into lines no wider than the terminal", () => {
    const lines = pack(["aaaa", "bbbb", "cccc"], 10);
    expect(lines).toEqual(["aaaa  bbbb", "cccc"]);
  });
});
