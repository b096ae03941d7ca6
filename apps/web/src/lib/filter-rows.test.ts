import { bundledDataset, listMissions } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { pickRows, rowMatches } from "./filter-rows";
import { EMPTY_QUERY, type MissionQuery, toMissionFilter, vocabularyOf } from "./mission-query";
import { missionRows } from "./mission-rows";
import { missionsOptions } from "./missions-options";

const ds = bundledDataset();
const rows = missionRows(ds, "en");
const vocab = vocabularyOf(missionsOptions(ds, "en"));

// Every single value of every filter, and a few combinations.
const queries: MissionQuery[] = [
  EMPTY_QUERY,
  ...vocab.clusters.map((cluster) => ({ ...EMPTY_QUERY, cluster })),
  ...vocab.organisations.map((org) => ({ ...EMPTY_QUERY, org })),
  ...vocab.types.map((type) => ({ ...EMPTY_QUERY, type })),
  ...vocab.countries.map((country) => ({ ...EMPTY_QUERY, country })),
  { ...EMPTY_QUERY, cluster: "balkans", org: "eu" },
  { ...EMPTY_QUERY, org: "un", type: "observation", country: "IL" },
];

describe("rowMatches", () => {
  it.each(queries)("keeps the missions listMissions keeps for %o", (q) => {
    const expected = listMissions(ds, toMissionFilter(q)).map((m) => m.id);
    const kept = rows.filter((r) => rowMatches(r, q)).map((r) => r.id);
    expect(kept).toEqual(expected);
  });

  it("filters something for every value offered", () => {
    for (const q of queries.slice(1)) {
      expect(rows.filter((r) => rowMatches(r, q)).length, JSON.stringify(q)).toBeLessThan(
        rows.length,
      );
    }
  });
});

describe("pickRows", () => {
  it("keeps the given order and applies the filters", () => {
    const picked = pickRows(rows, ["kfor", "untso", "eufor-althea", "nowhere"], {
      ...EMPTY_QUERY,
      cluster: "balkans",
    });
    expect(picked.map((r) => r.id)).toEqual(["kfor", "eufor-althea"]);
  });
});
