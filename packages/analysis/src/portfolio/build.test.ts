import { bundledDataset, type EditionId, formatBounds, formatQuantity } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { toBounds } from "../span.js";
import { evaluationScope, portfolioFromDataset } from "./build.js";

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

  it("leaves out the missions the evaluation does not treat, unless they are asked for", () => {
    const ids = p.contributions.map((c) => c.id);
    expect(ds.missions.length).toBeGreaterThan(16);
    expect(ids).not.toContain("minusma");
    expect(ids.slice(0, 3)).toEqual(
      evaluationScope(ds)
        .missions.slice(0, 3)
        .map((m) => m.id),
    );
    const asked = portfolioFromDataset(ds, { asOf: "2014", missions: ["minusma", "kfor"] });
    expect(asked.contributions.map((c) => [c.id, c.group])).toEqual([
      ["kfor", "balkans"],
      ["minusma", null],
    ]);
  });

  it("weighs another evaluation's missions in that evaluation's groups (none for 2013)", () => {
    const y2013 = portfolioFromDataset(ds, {
      asOf: "2013",
      edition: "evaluation-2013" as EditionId,
    });
    expect(y2013.groups.size).toBe(0);
    expect(evaluationScope(ds, "evaluation-2013" as EditionId).edition?.reportingYear).toBe(2013);
    expect(y2013.contributions.map((c) => c.id)).toEqual(
      evaluationScope(ds, "evaluation-2013" as EditionId).missions.map((m) => m.id),
    );
    expect(y2013.contributions.every((c) => c.group === null)).toBe(true);
  });

  it("takes each mission's figure for the year as worded, unknown where no source gives one", () => {
    // The UN's month-end count (the latest month of 2014 the data holds) before the letter's "ongeveer".
    expect(formatQuantity(get("untso").quantity)).toBe("13");
    expect(formatQuantity(get("eufor-althea").quantity)).toBe("3–5");
    expect(get("osce-smm").quantity).toMatchObject({ qualifier: "exact", value: 3 });
    expect(get("kfor").quantity).toEqual({ qualifier: "unknown" });
    expect(get("kfor").figure?.citation.source).toBe("evaluatie-2014");
  });

  it("narrows a member's interval by its group's figure for the year, with the group's softness", () => {
    const kfor = get("kfor").personnel;
    expect(kfor.narrowed).toBe(true);
    expect(formatBounds(toBounds(kfor.span))).toBe("≈ 0–7");
    // The letter's "enkele" (spring 2015) is reported for 2014: the OSCE observers count in it.
    expect(get("osce-smm").part).toBe("osce-ukraine-observers");
    expect(get("osce-smm").personnel.span).toMatchObject({ low: 3, high: 3 });
    // About twenty less UNTSO's 13 and UNDOF's figure: about five, as soft as the group's figure.
    expect(get("ussc").personnel.span).toMatchObject({ low: 5, high: 5, highSoft: true });
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
