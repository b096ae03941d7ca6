import { bundledDataset, listMissions, type MissionFilter, missionsToCsv } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { csvParts } from "./csv-parts";
import { EMPTY_QUERY } from "./mission-query";
import { searchDataset, tableDataset } from "./table-dataset";
import { isTableFile, viewCsv, viewJson } from "./view-export";

const ds = bundledDataset();
const slim = tableDataset(ds);
const search = searchDataset(ds);
const ids = (f: MissionFilter, d = ds) => listMissions(d, f).map((m) => m.id);

describe("searchDataset", () => {
  it.each<MissionFilter>([
    {},
    { cluster: "balkans" },
    { organisation: "eu", type: "training" },
    { country: "so" },
    { search: "Zuid-Soedan" },
    { search: "observers" },
    { search: "eutm s" },
  ])("lists the same missions as the whole dataset for %o", (filter) => {
    expect(ids(filter, search)).toEqual(ids(filter));
  });

  it("is a fraction of the whole dataset", () => {
    expect(JSON.stringify(search).length).toBeLessThan(JSON.stringify(ds).length * 0.2);
  });
});

describe("tableDataset", () => {
  it("gives the same missions CSV in both languages", () => {
    for (const lang of ["en", "nl"] as const) {
      expect(missionsToCsv(slim, slim.missions, lang)).toBe(missionsToCsv(ds, ds.missions, lang));
    }
  });

  it("is much smaller than the whole dataset", () => {
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(ds).length * 0.6);
  });
});

describe("view export", () => {
  it.each([
    [["kfor", "untso"], "en"],
    [["osce-smm", "eutm-mali", "cmf"], "nl"],
    [ds.missions.map((m) => m.id), "en"],
    [[], "nl"],
  ] as const)("puts %o together exactly as missionsToCsv writes it (%s)", (view, locale) => {
    const missions = view.flatMap((id) => ds.missions.find((m) => m.id === id) ?? []);
    expect(viewCsv(csvParts(ds, locale), view)).toBe(missionsToCsv(ds, missions, locale));
  });

  it("exports JSON with cited missions, their year's figure and the view", () => {
    const table: unknown = JSON.parse(JSON.stringify(slim));
    if (!isTableFile(table)) throw new Error("not a table file");
    const doc = JSON.parse(
      viewJson(table, ["untso"], { ...EMPTY_QUERY, search: "truce", sort: "since" }),
    );
    expect(doc.view).toBe("?search=truce&sort=since");
    expect(doc.missions.map((m: { id: string }) => m.id)).toEqual(["untso"]);
    expect(doc.missions[0].cluster).toBe("middle-east-peace-process");
    expect(doc.missions[0].citations.length).toBeGreaterThan(0);
    expect(doc.figures).toHaveLength(1);
    expect(doc.figures[0].quantity).toMatchObject({ qualifier: "approximately", value: 15 });
    expect(doc.dataset.year).toBe(2014);
  });

  it("recognises the table file and nothing else", () => {
    expect(isTableFile(JSON.parse(JSON.stringify(slim)))).toBe(true);
    expect(isTableFile({ meta: {}, missions: "x", clusters: [], figures: [] })).toBe(false);
    expect(isTableFile(null)).toBe(false);
  });
});
