import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { formatInterval } from "../interval.js";
import { portfolioFromDataset } from "../portfolio/build.js";
import { compareScenarios } from "./compare.js";
import type { Scenario } from "./schema.js";

const base = portfolioFromDataset(bundledDataset(), { asOf: "2014" });
const end = (name: string, ...ids: string[]): Scenario => ({
  name,
  operations: ids.map((id) => ({ op: "end", id })),
});

describe("compareScenarios", () => {
  it("lines up every metric of the baseline and up to three scenarios, before and after", () => {
    const result = compareScenarios(base, [
      end("No OSCE", "osce-smm"),
      end("No Balkans", "eufor-althea", "eulex-kosovo", "kfor"),
      { name: "Nothing", operations: [] },
    ]);
    if (!result.ok) throw new Error("expected a comparison");
    const { columns, rows, groups } = result.comparison;
    expect(columns.map((c) => c.name)).toEqual(["baseline", "No OSCE", "No Balkans", "Nothing"]);
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row("contributions")?.values.map((v) => formatInterval(v))).toEqual([
      "16",
      "15",
      "13",
      "16",
    ]);
    expect(row("regions")?.values.map((v) => formatInterval(v))).toEqual(["8", "7", "7", "8"]);
    expect(row("contributions")?.changed).toEqual([false, true, true, false]);
    expect(row("concentration")?.values.map((v) => formatInterval(v, { digits: 2 }))).toEqual([
      "0.4–1",
      "0.43–1",
      "0.51–1",
      "0.4–1",
    ]);
    expect(groups.find((g) => g.key === "balkans")?.values.map((b) => b?.low ?? null)).toEqual([
      10,
      10,
      null,
      10,
    ]);
    expect(rows.map((r) => r.id)).toHaveLength(7);
  });

  it("refuses more than three scenarios, and reports a scenario that does not apply", () => {
    const four = compareScenarios(
      base,
      [1, 2, 3, 4].map((n) => end(`S${n}`)),
    );
    expect(!four.ok && four.issues[0]?.message.en).toBe("4 scenarios: at most 3 can be compared.");
    const bad = compareScenarios(base, [end("ok"), end("bad", "nope")]);
    expect(!bad.ok && bad.issues[0]?.path).toEqual(["scenarios", 1, "operations", 0, "id"]);
  });
});
