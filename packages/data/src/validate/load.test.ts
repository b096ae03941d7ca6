import { propertyRuns } from "@inzet/vitest-config/property-runs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../bundled.js";
import { COLLECTIONS, Dataset } from "../model/dataset.js";
import { syntheticDatasetInput } from "../testing.js";
import { loadDataset } from "./load.js";
import { allPaths, type Json, mutate, mutation, type Path } from "./mutation.arbitrary.js";

const real = (): { [k: string]: Json } => JSON.parse(JSON.stringify(bundledDataset()));

describe("loadDataset", () => {
  it("accepts the bundled dataset unchanged", () => {
    const result = loadDataset(real());
    expect(result.ok).toBe(true);
  });

  it("accepts the synthetic dataset", () => {
    expect(loadDataset(syntheticDatasetInput({ missions: 200, seed: 7 })).ok).toBe(true);
    const shaped = { missions: 50, figuresPerMission: 4, sourcesPerMission: 5, seed: 7 };
    const input = syntheticDatasetInput(shaped);
    expect(loadDataset(input).ok).toBe(true);
    expect((input.figures as unknown[]).length).toBe(50 * 4 + 4);
    expect(syntheticDatasetInput(shaped)).toEqual(input);
    expect(syntheticDatasetInput({ ...shaped, seed: 8 })).not.toEqual(input);
  });

  it("gives each mutated copy of the real dataset either the whole dataset or located issues, never a throw", () => {
    const base = real();
    const paths = allPaths(base).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), mutation), {
          minLength: 1,
          maxLength: 3,
        }),
        (edits) => {
          const copy = structuredClone(base);
          for (const [at, m] of edits) mutate(copy, paths[at] as Path, m);
          const result = loadDataset(copy);
          if (result.ok) {
            // Whole, not partial: every item given is in the result.
            for (const c of COLLECTIONS)
              expect(result.dataset[c]).toHaveLength((copy[c] as Json[]).length);
          } else {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const i of result.issues) {
              expect(i.message.en.length).toBeGreaterThan(0);
              expect(i.message.nl.length).toBeGreaterThan(0);
              expect(i.hint.en.length).toBeGreaterThan(0);
              expect(i.hint.nl.length).toBeGreaterThan(0);
              expect(i.path.every((k) => typeof k === "string" || typeof k === "number")).toBe(
                true,
              );
            }
          }
        },
      ),
      { numRuns: propertyRuns(2000) },
    );
  }, 120_000);

  it("returns exactly what the schema's own parse returns", () => {
    const input = syntheticDatasetInput({ missions: 30, seed: 11 });
    const result = loadDataset(structuredClone(input));
    expect(result.ok && result.dataset).toEqual(Dataset.parse(input));
    const loaded = loadDataset(real());
    expect(loaded.ok && loaded.dataset).toEqual(Dataset.parse(real()));
  });

  it("rejects what is not an object", () => {
    for (const input of [null, 3, "x", [], undefined]) {
      const result = loadDataset(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.code).toBe("notAnObject");
    }
  });

  it("reports every problem at once, each at its JSON path", () => {
    const copy = real() as Record<string, Json>;
    const missions = copy.missions as Record<string, Json>[];
    (missions[0] as Record<string, Json>).organisation = "nowhere";
    (missions[1] as Record<string, Json>).acronymm = "typo";
    (copy.figures as Record<string, Json>[])[0] = {
      ...(copy.figures as Record<string, Json>[])[0],
      quantity: { qualifier: "about", value: 10 },
    };
    const result = loadDataset(copy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.issues.map((i) => [i.code, i.path.join(".")]);
    expect(where).toContainEqual(["unknownReference", "missions.0.organisation"]);
    expect(where).toContainEqual(["schema", "missions.1"]);
    expect(where).toContainEqual(["schema", "figures.0.quantity.qualifier"]);
  });

  it("tells a user to quote a year that YAML read as a number", () => {
    const copy = real() as Record<string, Json>;
    const mission = (copy.missions as Record<string, Record<string, Json>>[])[0] as Record<
      string,
      Record<string, Json>
    >;
    mission.start = { value: 2014, citations: [], unverified: true };
    const result = loadDataset(copy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.hint.en).toContain('"2014"');
  });

  it("points into the alternative a value is shaped like: a locator in a third language", () => {
    const copy = real() as Record<string, Json>;
    const mission = (copy.missions as Record<string, Json>[])[0] as Record<string, Json>;
    mission.citations = [{ source: "evaluatie-2014", locator: { fr: "p. 45", nl: "blz. 45" } }];
    const result = loadDataset(copy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hints = result.issues.map((i) => [i.path.join("."), i.hint.en]);
    expect(hints).toContainEqual(["missions.0.citations.0.locator", expect.stringContaining("fr")]);
    expect(hints).toContainEqual(["missions.0.citations.0.locator.en", "Add this required field."]);
  });
});
