import { bundledDataset, formatBounds, formatQuantity } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { toBounds } from "../span.js";
import { portfolioFromDataset } from "./build.js";

const ds = bundledDataset();
const p = portfolioFromDataset(ds, { asOf: "2014" });
const get = (id: string) => {
  const c = p.contributions.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
};

describe("portfolioFromDataset, on the 2014 dataset", () => {
  it("holds every mission in the letter's four groups, in the letter's order", () => {
    expect(p.contributions).toHaveLength(16);
    expect([...p.groups.keys()]).toEqual([
      "balkans",
      "middle-east-peace-process",
      "capacity-building-africa-asia",
      "osce-ukraine-observers",
    ]);
  });

  it("takes each mission's figure for the year as worded, unknown where no source gives one", () => {
    expect(formatQuantity(get("untso").quantity)).toBe("≈ 15");
    expect(formatQuantity(get("eufor-althea").quantity)).toBe("3–5");
    expect(get("osce-smm").quantity).toEqual({ qualifier: "exact", value: 3 });
    expect(get("kfor").quantity).toEqual({ qualifier: "unknown" });
    expect(get("kfor").figure?.citation.source).toBe("evaluatie-2014");
  });

  it("narrows a member's interval by its group's figure for the year, with the group's softness", () => {
    const kfor = get("kfor").personnel;
    expect(kfor.narrowed).toBe(true);
    expect(formatBounds(toBounds(kfor.span))).toBe("≈ 0–7");
    expect(get("osce-smm").part).toBeNull(); // the letter's "enkele" speaks of May 2015, not 2014
    expect(get("ussc").personnel.span).toMatchObject({ low: 0, high: 5, highSoft: true });
  });

  it("can hold a subset of the missions, and the group figures still count all members", () => {
    const two = portfolioFromDataset(ds, { asOf: "2014", missions: ["kfor", "untso"] });
    expect(two.contributions.map((c) => c.id)).toEqual(["kfor", "untso"]);
    expect(two.contributions[0]?.personnel.span.high).toBe(7);
  });

  it("refuses an as-of date that is not one", () => {
    expect(() => portfolioFromDataset(ds, { asOf: "May 2015" })).toThrow(TypeError);
  });
});
