import { bundledDataset, figureForYear, getMission } from "@inzet/data";
import { describe, expect, it } from "vitest";
import {
  evaluationDataset,
  evaluationMissionIds,
  evaluationMissions,
  isTreatedByEvaluation,
  otherMissions,
  yearFigureOf,
} from "./evaluation";

const ds = bundledDataset();
const OUTSIDE = ["unmis", "unficyp", "unamid", "unsmis", "minusma"];

describe("the dataset's year's evaluation", () => {
  it("treats the 16 missions of the letter's groups, not the five UN missions outside them", () => {
    const ids = evaluationMissionIds(ds);
    expect(ids.size).toBe(16);
    for (const id of OUTSIDE) expect(isTreatedByEvaluation(ds, id), id).toBe(false);
    for (const c of ds.clusters) for (const id of c.missions) expect(ids.has(id)).toBe(true);
  });

  it("gives a treated mission the figure for the year, and none to a mission outside it", () => {
    const [untso, minusma] = ["untso", "minusma"].map((id) => getMission(ds, id)?.id);
    expect(untso && yearFigureOf(ds, untso)).toEqual(
      untso && figureForYear(ds, { mission: untso }, 2014),
    );
    // MINUSMA has UN figures for early 2014, but the 2014 evaluation does not treat it.
    expect(minusma && figureForYear(ds, { mission: minusma }, 2014)).toBeDefined();
    for (const id of OUTSIDE) expect(yearFigureOf(ds, id), id).toBeUndefined();
    expect(yearFigureOf(ds, "no-such-mission")).toBeUndefined();
  });
});

describe("evaluationMissions and otherMissions", () => {
  it("split the dataset's missions in two, in data order", () => {
    const inside = evaluationMissions(ds).map((m) => m.id);
    const outside = otherMissions(ds).map((m) => m.id);
    expect(outside.sort()).toEqual([...OUTSIDE].sort());
    expect(inside.length + outside.length).toBe(ds.missions.length);
    expect(evaluationDataset(ds).missions.map((m) => m.id)).toEqual(inside);
  });
});
