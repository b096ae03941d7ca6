import { bundledDataset, isCountryCode } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { greatCircleKm } from "./distance.js";
import { REGIONS, regionOf, regionsOf } from "./regions.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const allCodes = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `${a}${b}`));

describe("the region table", () => {
  it("places every country code the dataset accepts in exactly one region", () => {
    const valid = allCodes.filter(isCountryCode);
    expect(valid.length).toBeGreaterThan(240);
    expect(valid.filter((c) => regionOf(c) === undefined)).toEqual([]);
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    expect(new Set(valid.map((c) => regionOf(c)?.id)).size).toBe(REGIONS.length);
  });

  it("holds no code the dataset would reject", () => {
    expect(allCodes.filter((c) => regionOf(c) && !isCountryCode(c))).toEqual([]);
  });

  it("gives the letter's groups their regions: the Balkans, the Middle East, Africa, Asia", () => {
    expect(regionsOf(["BA", "XK"])).toEqual(["southern-europe"]);
    expect(regionsOf(["IL", "LB", "SY", "EG", "JO"])).toEqual(["northern-africa", "western-asia"]);
    expect(regionsOf(["ML"])).toEqual(["western-africa"]);
    expect(regionsOf(["AF"])).toEqual(["southern-asia"]);
    const used = new Set(
      bundledDataset().missions.flatMap((m) => regionsOf(m.area.value.countries)),
    );
    expect(used.size).toBe(8);
  });
});

describe("greatCircleKm", () => {
  it("measures along the sphere", () => {
    const amsterdam = { lat: 52.37, lon: 4.9 };
    expect(greatCircleKm(amsterdam, amsterdam)).toBe(0);
    expect(greatCircleKm(amsterdam, { lat: 48.86, lon: 2.35 })).toBeCloseTo(430, -1);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015, -1);
  });
});
