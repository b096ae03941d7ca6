import { bundledDataset, listMissions, missionsToCsv } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { isTreatedByEvaluation } from "./evaluation";
import { EMPTY_QUERY, type MissionQuery, toMissionFilter } from "./mission-query";
import { searchIds } from "./mission-search";
import { parseDataset } from "./parse-dataset";
import { tableDataset } from "./table-dataset";

const ds = bundledDataset();
const slim = tableDataset(ds);

/** The table file as the browser gets it: JSON over the wire, parsed. */
const tableFile = () => parseDataset(JSON.parse(JSON.stringify(slim)));

describe("search in the table file", () => {
  it.each<Partial<MissionQuery>>([
    { search: "Zuid-Soedan" },
    { search: "observers" },
    { search: "eutm s" },
    { search: "unt" },
    { search: "kosovo", cluster: "balkans" },
    { search: "eu", org: "eu", type: "training" },
  ])("finds the missions the whole dataset finds, in the same order, for %o", (q) => {
    const query = { ...EMPTY_QUERY, ...q };
    const expected = listMissions(ds, toMissionFilter(query)).map((m) => m.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(searchIds(tableFile(), query)).toEqual(expected);
  });
});

describe("tableDataset", () => {
  it("gives the same missions CSV in both languages for the missions the evaluation treats", () => {
    const treated = (d: typeof ds) => d.missions.filter((m) => isTreatedByEvaluation(ds, m.id));
    for (const lang of ["en", "nl"] as const) {
      expect(missionsToCsv(slim, treated(slim), lang)).toBe(missionsToCsv(ds, treated(ds), lang));
    }
  });

  it("gives a mission outside the evaluation no figure for the year (MINUSMA's UN figures of 2014)", () => {
    expect(slim.figures.some((f) => f.mission === "minusma")).toBe(false);
    expect(slim.missions.some((m) => m.id === "minusma")).toBe(true);
  });

  it("is much smaller than the whole dataset", () => {
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(ds).length * 0.6);
  });
});
