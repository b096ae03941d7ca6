import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { portfolioMetrics } from "../metrics/metrics.js";
import { portfolioFromDataset } from "../portfolio/build.js";
import { applyScenario } from "./apply.js";
import type { Scenario } from "./schema.js";

const base = portfolioFromDataset(bundledDataset(), { asOf: "2014" });

function applied(operations: Scenario["operations"], groups?: Scenario["groups"]) {
  const result = applyScenario(base, { name: "test", operations, ...(groups ? { groups } : {}) });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join("; "));
  return result.portfolio;
}

const ids = (p: typeof base) => p.contributions.map((c) => c.id);

describe("applyScenario", () => {
  it("ends a contribution, and the group figure still bounds what the others hold", () => {
    const p = applied([{ op: "end", id: "eufor-althea" }]);
    expect(ids(p)).not.toContain("eufor-althea");
    const balkans = portfolioMetrics(p).byGroup.find((g) => g.key === "balkans");
    expect(balkans?.personnel).toMatchObject({ low: 5, high: 7, approximate: true });
    expect(ids(base)).toContain("eufor-althea"); // the baseline is untouched
  });

  it("moves a contribution to another group, or to one the scenario declares", () => {
    const p = applied(
      [
        { op: "move", id: "kfor", group: "horn" },
        { op: "move", id: "unama", group: "horn" },
      ],
      [{ id: "horn", name: "Horn of Africa" }],
    );
    const m = portfolioMetrics(p);
    expect(m.groups.point).toBe(5);
    expect(m.byGroup.at(-1)).toMatchObject({
      key: "horn",
      name: { en: "Horn of Africa" },
      contributions: ["kfor", "unama"],
    });
  });

  it("resizes a contribution: the new size is the scenario's, outside the group figure", () => {
    const p = applied([{ op: "resize", id: "untso", quantity: { qualifier: "exact", value: 2 } }]);
    const untso = p.contributions.find((c) => c.id === "untso");
    expect(untso).toMatchObject({
      part: null,
      figure: null,
      personnel: { span: { low: 2, high: 2 } },
    });
    expect(portfolioMetrics(p).tokenShare.yes).toContain("untso");
  });

  it("adds a described contribution and brings back an ended one from the dataset", () => {
    const p = applied([
      { op: "end", id: "kfor" },
      { op: "addMission", mission: "kfor" },
      {
        op: "addDescribed",
        id: "eutm-rca",
        name: "EUTM RCA",
        group: "capacity-building-africa-asia",
        framework: "euCsdp",
        organisation: "eu",
        countries: ["CF"],
        quantity: { qualifier: "exact", value: 4 },
      },
    ]);
    expect(ids(p).slice(-2)).toEqual(["kfor", "eutm-rca"]);
    expect(p.contributions.find((c) => c.id === "kfor")?.personnel).toEqual(
      base.contributions.find((c) => c.id === "kfor")?.personnel,
    );
    expect(p.contributions.at(-1)).toMatchObject({
      origin: "scenario",
      regions: ["middle-africa"],
      framework: "euCsdp",
    });
  });

  it("reports every operation that cannot apply, with its path and a fix", () => {
    const result = applyScenario(base, {
      name: "broken",
      groups: [{ id: "balkans", name: "again" }],
      operations: [
        { op: "end", id: "kfor" },
        { op: "end", id: "kfor" },
        { op: "move", id: "untso", group: "nowhere" },
        { op: "addMission", mission: "untso" },
        { op: "addMission", mission: "unifil" },
        {
          op: "addDescribed",
          id: "untso",
          name: "x",
          group: "balkans",
          framework: "un",
          countries: ["QQ"],
          quantity: { qualifier: "few" },
        },
        { op: "resize", id: "UNTSO", quantity: { qualifier: "few" } },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["duplicateId", "groups.0.id"],
      ["unknownReference", "operations.1.id"],
      ["unknownReference", "operations.2.group"],
      ["duplicateId", "operations.3.mission"],
      ["unknownReference", "operations.4.mission"],
      ["countryCode", "operations.5.countries.0"],
      ["duplicateId", "operations.5.id"],
      ["unknownReference", "operations.6.id"],
    ]);
    expect(result.issues.every((i) => i.hint.en && i.hint.nl)).toBe(true);
    expect(result.issues.at(-1)?.hint.en).toBe("Use its id: untso.");
  });
});
