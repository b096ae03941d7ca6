import { bundledDataset, missionsToCsv } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { isTreatedByEvaluation } from "./evaluation";
import { EMPTY_QUERY } from "./mission-query";
import { parseDataset } from "./parse-dataset";
import { tableDataset } from "./table-dataset";
import { viewCsv, viewJson } from "./view-export";

const ds = bundledDataset();
/** The table file as the browser gets it: JSON over the wire, parsed. */
const table = parseDataset(JSON.parse(JSON.stringify(tableDataset(ds))));
/** The whole dataset as the table sees it: no year's figure for a mission outside the evaluation. */
const asTable = {
  ...ds,
  figures: ds.figures.filter((f) => !f.mission || isTreatedByEvaluation(ds, f.mission)),
};

describe("view export", () => {
  it.each([
    [["kfor", "untso"], "en"],
    [["osce-smm", "eutm-mali", "cmf"], "nl"],
    [ds.missions.map((m) => m.id), "en"],
    [[], "nl"],
  ] as const)("writes %o as missionsToCsv does on the whole dataset (%s)", (view, locale) => {
    const missions = view.flatMap((id) => ds.missions.find((m) => m.id === id) ?? []);
    const file = viewCsv(table, view, locale);
    expect(file.text).toBe(missionsToCsv(asTable, missions, locale));
    if (missions.every((m) => isTreatedByEvaluation(ds, m.id)))
      expect(file.text).toBe(missionsToCsv(ds, missions, locale));
    expect(file.name).toBe("inzet-missions.csv");
  });

  it("exports JSON with cited missions, their year's figure and the view", () => {
    const file = viewJson(table, ["untso"], { ...EMPTY_QUERY, search: "truce", sort: "since" });
    const doc = JSON.parse(file.text);
    expect(file.name).toBe("inzet-missions.json");
    expect(doc.view).toBe("?search=truce&sort=since");
    expect(doc.missions.map((m: { id: string }) => m.id)).toEqual(["untso"]);
    expect(doc.missions[0].cluster).toBe("middle-east-peace-process");
    expect(doc.missions[0].citations.length).toBeGreaterThan(0);
    expect(doc.figures).toHaveLength(1);
    // The year's figure by figureForYear's rule: the UN's month-end total of February 2014.
    expect(doc.figures[0].quantity).toMatchObject({ qualifier: "exact", value: 13 });
    expect(doc.dataset.year).toBe(2014);
  });

  it("accepts the table file and nothing else", () => {
    const json = JSON.parse(JSON.stringify(tableDataset(ds)));
    expect(() => parseDataset({ ...json, missions: "x" })).toThrow();
    expect(() => parseDataset({ ...json, organisations: undefined })).toThrow();
    expect(() => parseDataset(null)).toThrow();
  });
});
