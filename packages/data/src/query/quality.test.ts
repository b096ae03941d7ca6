import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset.js";
import { syntheticDatasetInput } from "../testing.js";
import { loadDataset } from "../validate/load.js";
import { qualityReport } from "./quality.js";

// biome-ignore lint/suspicious/noExplicitAny: tests edit raw JSON before it is validated
function dataset(edit: (ds: any) => void = () => {}, seed = 5): Dataset {
  const raw = syntheticDatasetInput({ missions: 5, seed });
  edit(raw);
  const result = loadDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues[0]));
  return result.dataset;
}

describe("qualityReport", () => {
  it("counts quoted, official, unverified and planned facts, and sources by publisher", () => {
    const ds = dataset((raw) => {
      raw.sources.push({ ...raw.sources[0], id: "paper", publisherKind: "reputablePress" });
      const [m] = raw.missions;
      m.kind.citations = [{ source: "paper", quote: { text: "militaire missie", lang: "nl" } }];
      m.description.unverified = true;
      m.start.status = "planned";
    });
    const report = qualityReport(ds);
    const first = report.missions[0];
    expect(first?.facts.quoted).toBe(1);
    // All but the kind (now on the paper) and the coordinates (unverified, uncited) rest on official.
    expect(first?.facts.official).toBe((first?.facts.facts ?? 0) - 2);
    expect(first?.facts.unverified).toBe(2);
    expect(first?.facts.planned).toBe(1);
    expect(first?.sources.reputablePress).toBe(1);
    expect(report.sources.reputablePress).toBe(1);
    expect(report.sources.official).toBe(ds.sources.length - 1);
  });

  it("adds up: the overall tallies are the missions' sums, and every count is a part of its whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const report = qualityReport(dataset(() => {}, seed));
        for (const key of ["facts", "quoted", "official", "unverified", "planned"] as const) {
          const sum = report.missions.reduce((n, m) => n + m.facts[key], 0);
          expect(report.facts[key]).toBe(sum);
          expect(report.facts[key]).toBeLessThanOrEqual(report.facts.facts);
        }
        expect(report.figures.unknown).toBeLessThanOrEqual(report.figures.figures);
      }),
      { numRuns: 20 },
    );
  });
});
