import { propertyRuns } from "@inzet/vitest-config/property-runs";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { Dataset } from "../model/dataset.js";
import { syntheticDatasetInput } from "../testing.js";
import { COMPILE_FROM, loadDataset } from "./load.js";
import { allPaths, type Json, mutate, mutation, type Path } from "./mutation.arbitrary.js";

// Large enough that missions, figures and sources take the compiled check.
const shape = { missions: COMPILE_FROM, figuresPerMission: 1, sourcesPerMission: 1, seed: 5 };
const text = JSON.stringify(syntheticDatasetInput(shape));
const input = (): { [k: string]: Json } => JSON.parse(text);

/** loadDataset as it runs under a zod without z.compile: every item through the plain schema. */
async function loadWithoutCompile(): Promise<typeof loadDataset> {
  vi.resetModules();
  vi.doMock("zod", async (original) => ({ ...(await original<object>()), compile: undefined }));
  try {
    return (await import("./load.js")).loadDataset;
  } finally {
    vi.doUnmock("zod");
  }
}

describe("loadDataset on large collections (compiled check)", () => {
  it("returns exactly what the schema's own parse returns", () => {
    expect((input().missions as Json[]).length).toBeGreaterThanOrEqual(COMPILE_FROM);
    const loaded = loadDataset(input());
    expect(loaded.ok && loaded.dataset).toEqual(Dataset.parse(input()));
  });

  it("gives each mutated dataset the same result and issues as the plain schema", async () => {
    const plain = await loadWithoutCompile();
    expect(plain).not.toBe(loadDataset);
    const paths = allPaths(input()).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), mutation), {
          minLength: 1,
          maxLength: 3,
        }),
        (edits) => {
          const [a, b] = [input(), input()];
          for (const [at, m] of edits) {
            mutate(a, paths[at] as Path, m);
            mutate(b, paths[at] as Path, m);
          }
          const [fast, slow] = [loadDataset(a), plain(b)];
          // Both datasets are the input's own objects: comparing the verdicts and issues is enough.
          expect(fast.ok ? [] : fast.issues).toEqual(slow.ok ? [] : slow.issues);
          expect(fast.ok).toBe(slow.ok);
        },
      ),
      { numRuns: propertyRuns(100) },
    );
  }, 120_000);
});
