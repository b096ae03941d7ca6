// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters
import {
  bundledDataset,
  type Dataset,
  formatCitation,
  getMission,
  missionFacts,
} from "@inzet/data";
import { beforeAll, describe, expect, it } from "vitest";
import { makeView } from "../output/view.js";
import { syntheticDataset } from "../test/synthetic.js";
import { resolveMission } from "./resolve-mission.js";
import { showJson, showView } from "./show.js";

const en = makeView("en");

describe("showView on synthetic data", () => {
  const ds = syntheticDataset(8);
  const m = ds.missions[1];
  if (!m) throw new Error("fixture has no mission 1");

  it("marks every fact with a footnote and lists each cited source once", () => {
    const text = showView(ds, m, en);
    expect(text).toMatch(/^Kind +military \[1\]$/m);
    const at = text.lastIndexOf("\nSources\n");
    const numbers = [...text.slice(at).matchAll(/^\[(\d+)\]/gm)].map((match) => Number(match[1]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const used = new Set(
      [...text.slice(0, at).matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])),
    );
    expect([...used].sort((a, b) => a - b)).toEqual(numbers);
  });

  it("labels coordinates approximate and unverified facts unverified", () => {
    expect(showView(ds, m, en)).toMatch(
      /^Coordinates +-?[\d.]+, -?[\d.]+ \(approximate\) \(unverified\)$/m,
    );
    expect(showView(ds, m, makeView("nl"))).toMatch(/\(bij benadering\) \(onbevestigd\)$/m);
  });

  it("gives each figure with its date, qualifier and what it counts", () => {
    expect(showView(ds, m, en)).toMatch(/^2014 +≈ \d+ +counts: military \[\d+\]$/m);
  });

  it("keeps an unknown start unknown and an absent end as none recorded", () => {
    const bare = syntheticDataset(4, (input) => {
      const [first] = input.missions as Record<string, unknown>[];
      if (first) {
        delete first.start;
        delete first.end;
      }
    });
    const mission = bare.missions[0];
    if (!mission) throw new Error("fixture has no mission 0");
    const text = showView(bare, mission, en);
    expect(text).toMatch(/^Start +unknown$/m);
    expect(text).toMatch(/^End +none recorded$/m);
  });

  it("returns the mission, its group and its figures as JSON", () => {
    const json = JSON.parse(showJson(ds, m)) as {
      mission: { id: string };
      cluster: string;
      figures: unknown[];
    };
    expect(json.mission.id).toBe(m.id);
    expect(json.cluster).toBe("east");
    expect(json.figures).toHaveLength(1);
  });

  it("makes hostile text inert", () => {
    const hostile = syntheticDataset(2, (input) => {
      const [first] = input.missions as {
        acronym: string;
        description: { value: { en: string } };
      }[];
      if (first) {
        first.acronym = "M0\u001b]0;owned\u0007";
        first.description.value.en = "text\u001b[2J\u009b31m\u202Eevil";
      }
    });
    const mission = hostile.missions[0];
    if (!mission) throw new Error("fixture has no mission 0");
    expect(showView(hostile, mission, makeView("en", true))).not.toMatch(
      /\u001b(?!\[(?:1|2|22)m)|[\u0000-\u0009\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202e]/,
    );
  });
});

describe("resolveMission", () => {
  const ds = syntheticDataset(12);

  it("suggests close names for a typo, as a usage error", () => {
    expect(() => resolveMission(ds, "mision-1", en)).toThrow(
      /no mission "mision-1"[\s\S]*Did you mean: M1\b/,
    );
  });

  it("points to the list when nothing is close", () => {
    expect(() => resolveMission(ds, "zzzzzzzz", en)).toThrow(
      /Run inzet list to see every mission\.$/,
    );
  });
});

describe("show on the bundled letter", () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = bundledDataset();
  });

  it.each(["untso", "UNTSO", "EUTM Somalië", "eutm somalia", "eumam car"])("finds %s", (key) => {
    expect(resolveMission(ds, key, en).id).toBe(getMission(ds, key)?.id);
  });

  it("shows UNTSO's start in 1948 and cites the letter", () => {
    const untso = resolveMission(ds, "untso", en);
    const text = showView(ds, untso, en);
    expect(text).toMatch(/^Start +29 May 1948/m);
    expect(text).toMatch(/^\[\d+\] .*Kamerstuk 29 521 no\. 291/m);
    expect(text).toMatch(/≈ 20 in the whole group/);
  });

  it("has a footnote for every citation of every fact of every mission", () => {
    for (const m of ds.missions) {
      const text = showView(ds, m, en);
      for (const { fact } of missionFacts(m)) {
        for (const c of fact.citations) expect(text).toContain(formatCitation(ds, c, "en"));
      }
    }
  });
});
