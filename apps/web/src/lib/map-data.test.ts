import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { countriesWithMissions, headquarters } from "./map-data";

const ds = bundledDataset();

describe("map data", () => {
  it("lists each country once with all its missions, coloured by the letter's first group", () => {
    const countries = countriesWithMissions(ds, ds.missions, "en");
    const kosovo = countries.find((c) => c.code === "XK");
    expect(kosovo?.missions.map((m) => m.id).sort()).toEqual(["eulex-kosovo", "kfor"]);
    expect(kosovo?.tone).toBe(1);
    expect(countries.find((c) => c.code === "UA")?.tone).toBe(4);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
  });

  it("names countries in the page's language", () => {
    const nl = countriesWithMissions(ds, ds.missions, "nl");
    expect(nl.find((c) => c.code === "UA")?.name).toBe("Oekraïne");
  });

  it("gives headquarters with coordinates and says whether they are verified", () => {
    const hqs = headquarters(ds.missions, "en");
    expect(hqs.length).toBeGreaterThan(5);
    const untso = hqs.find((h) => h.mission.id === "untso");
    expect(untso).toMatchObject({ lat: 31.76, lon: 35.23, unverified: true });
  });
});
