import { bundledDataset, type Dataset, listMissions } from "@inzet/data";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { makeView } from "../output/view.js";
import { syntheticDataset } from "../test/synthetic.js";
import { listCsv, listJson, listView } from "./list.js";
import { parseListFilter } from "./list-filter.js";

const en = makeView("en");

describe("parseListFilter", () => {
  const ds = syntheticDataset(8);

  it.each([
    [{ cluster: "nowhere" }, /unknown group "nowhere"\. Groups: north, east, south, west\./],
    [{ org: "nato2" }, /unknown organisation "nato2"\. Organisations: un, eu, nato, osce, us\./],
    [{ type: "peace" }, /unknown mission type "peace"\. Types: peaceEnforcement, peacekeeping,/],
    [
      { country: "ZZ" },
      /"ZZ" is not an ISO 3166-1 alpha-2 country code\. Countries in the dataset: [A-Z]{2}/,
    ],
    [{ country: "Bosnia" }, /"Bosnia" is not an ISO/],
  ])("rejects %j as a usage error naming the valid values", (raw, message) => {
    const attempt = () => parseListFilter(ds, raw, en);
    expect(attempt).toThrow(CliError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as CliError).exitCode).toBe(2);
    }
  });

  it("accepts valid values and any-case country codes", () => {
    const filter = parseListFilter(
      ds,
      { cluster: "east", org: "un", type: "training", country: "ba" },
      en,
    );
    expect(filter).toMatchObject({
      cluster: "east",
      organisation: "un",
      type: "training",
      country: "BA",
    });
  });

  it("reports errors in Dutch too", () => {
    expect(() => parseListFilter(ds, { cluster: "x" }, makeView("nl"))).toThrow(
      /onbekende groep "x"\. Groepen:/,
    );
  });
});

describe("listView on synthetic data", () => {
  const ds = syntheticDataset(8);

  it("has one row per mission and says how many", () => {
    const text = listView(ds, ds.missions, en);
    for (const m of ds.missions) expect(text).toMatch(new RegExp(`^${m.acronym} `, "m"));
    expect(text).toContain("8 missions");
  });

  it("shows unknown figures as unknown, never as 0 or blank", () => {
    const text = listView(ds, ds.missions, en);
    const unknownRow = text.split("\n").find((line) => line.startsWith("M7 "));
    expect(unknownRow).toMatch(/unknown$/);
    expect(listView(ds, ds.missions, makeView("nl"))).toMatch(/^M7 .*onbekend$/m);
  });

  it("says when nothing matches", () => {
    expect(listView(ds, [], en)).toBe("No missions match.\n");
  });

  it("exports the same missions as JSON and CSV", () => {
    const json = JSON.parse(listJson(ds.missions)) as { id: string }[];
    expect(json.map((m) => m.id)).toEqual(ds.missions.map((m) => m.id));
    const csv = Papa.parse<string[]>(listCsv(ds, ds.missions, en).trim());
    expect(csv.data[0]?.slice(0, 2)).toEqual(["id", "acronym"]);
    expect(csv.data).toHaveLength(ds.missions.length + 1);
  });
});

describe("list on the bundled letter", () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = bundledDataset();
  });

  it("lists exactly the Balkan group's missions", () => {
    const missions = listMissions(ds, parseListFilter(ds, { cluster: "balkans" }, en));
    expect(missions.map((m) => m.acronym).sort()).toEqual(["EUFOR Althea", "EULEX Kosovo", "KFOR"]);
  });

  it("finds UNTSO by a prefix", () => {
    const missions = listMissions(ds, parseListFilter(ds, { search: "unt" }, en));
    expect(missions[0]?.acronym).toBe("UNTSO");
  });

  it("shows the Dutch figure for the dataset's year by the stated rule, with its qualifier", () => {
    const text = listView(ds, ds.missions, en);
    // UNTSO: the UN's month-end total of February 2014, the latest actual count dated in 2014.
    expect(text).toMatch(/^UNTSO .* 13$/m);
    expect(text).toMatch(/^EUFOR Althea .* 3–5$/m);
    expect(text).toContain(`NL ${ds.meta.year}`);
    expect(text).toContain("a total before a part, never a plan");
  });
});
