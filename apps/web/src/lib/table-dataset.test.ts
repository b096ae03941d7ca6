import { bundledDataset, datasetToCsv, listMissions, missionsToCsv } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { dataFile } from "./data-files";
import { EMPTY_QUERY, type MissionQuery, toMissionFilter } from "./mission-query";
import { searchIds } from "./mission-search";
import { tableDataset } from "./table-dataset";
import { csvParts, isTableFile, MISSIONS_CSV_URL, viewCsv, viewJson } from "./view-export";

const ds = bundledDataset();
const slim = tableDataset(ds);

/** The table file as the browser gets it: JSON over the wire, checked. */
function tableFile() {
  const table: unknown = JSON.parse(JSON.stringify(slim));
  if (!isTableFile(table)) throw new Error("not a table file");
  return table;
}

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
    const parts = csvParts(datasetToCsv(ds, "missions", locale));
    expect(viewCsv(parts, view)).toBe(missionsToCsv(ds, missions, locale));
  });

  it("cuts records at line ends outside quotes only", () => {
    const parts = csvParts('id,name\r\na,"two\r\nlines, ""quoted"""\r\nb,plain');
    expect(parts).toEqual({
      header: "id,name",
      rows: { a: 'a,"two\r\nlines, ""quoted"""', b: "b,plain" },
    });
  });

  it("fetches each language's CSV from the data file in that language", () => {
    for (const lang of ["en", "nl"] as const) {
      const file = dataFile(MISSIONS_CSV_URL[lang].replace("/data/", ""));
      expect(file).toMatchObject({ content: "missions", lang });
    }
  });

  it("exports JSON with cited missions, their year's figure and the view", () => {
    const doc = JSON.parse(
      viewJson(tableFile(), ["untso"], { ...EMPTY_QUERY, search: "truce", sort: "since" }),
    );
    expect(doc.view).toBe("?search=truce&sort=since");
    expect(doc.missions.map((m: { id: string }) => m.id)).toEqual(["untso"]);
    expect(doc.missions[0].cluster).toBe("middle-east-peace-process");
    expect(doc.missions[0].citations.length).toBeGreaterThan(0);
    expect(doc.figures).toHaveLength(1);
    // The year's figure by figureForYear's rule: the UN's month-end total of February 2014.
    expect(doc.figures[0].quantity).toMatchObject({ qualifier: "exact", value: 13 });
    expect(doc.dataset.year).toBe(2014);
  });

  it("recognises the table file and nothing else", () => {
    const file = { meta: {}, organisations: [], missions: [], clusters: [], figures: [] };
    expect(isTableFile(file)).toBe(true);
    expect(isTableFile({ ...file, missions: "x" })).toBe(false);
    expect(isTableFile({ ...file, organisations: undefined })).toBe(false);
    expect(isTableFile(null)).toBe(false);
  });
});
