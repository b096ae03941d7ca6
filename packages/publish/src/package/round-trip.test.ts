import type { Dataset } from "@inzet/data";
import { propertyRuns } from "@inzet/vitest-config/property-runs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset, rich, synthetic } from "../test/datasets.js";
import { fromDataPackage } from "./read.js";
import { dataPackage } from "./write.js";

function roundTrip(ds: Dataset): Dataset {
  const { descriptor, resources } = dataPackage(ds);
  // Through text, as a reader gets it from files.
  const json = JSON.parse(JSON.stringify(descriptor));
  const result = fromDataPackage(json, Object.fromEntries(resources.map((r) => [r.path, r.csv])));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3), null, 1));
  return result.dataset;
}

describe("fromDataPackage(dataPackage(ds))", () => {
  it.each([1, 2, 3, 42])("gives back the synthetic dataset of seed %i", (seed) => {
    const ds = synthetic(30, seed);
    expect(roundTrip(ds)).toEqual(ds);
  });

  it("gives back every optional field of the model (rich datasets of any seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const ds = rich(12, seed);
        expect(roundTrip(ds)).toStrictEqual(ds);
      }),
      { numRuns: propertyRuns(50) },
    );
  });

  it("gives back a rich dataset whose generator once made a latitude of -0 (seed 1577153310)", () => {
    const ds = rich(12, 1577153310);
    expect(roundTrip(ds)).toStrictEqual(ds);
  });

  it("gives back the bundled dataset", () => {
    const ds = bundledDataset();
    expect(roundTrip(ds)).toStrictEqual(JSON.parse(JSON.stringify({ ...ds, $schema: undefined })));
  });
});

describe("fromDataPackage on a broken package", () => {
  const { descriptor, resources } = dataPackage(synthetic(5, 1));
  const files = Object.fromEntries(resources.map((r) => [r.path, r.csv]));

  it("names a missing file, a missing column and a cell of the wrong type, with its line", () => {
    const { "statements.csv": _gone, ...rest } = files;
    const broken = {
      ...rest,
      "figures.csv": (files["figures.csv"] ?? "").replace(/^id,/, "ident,"),
      "clusters.csv": (files["clusters.csv"] ?? "").replace(/,1,group,/, ",first,group,"),
    };
    const result = fromDataPackage(descriptor, broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.file, i.line, i.path.join(".")])).toEqual([
      ["figures.csv", 1, "id"],
      ["clusters.csv", 2, "order"],
      ["statements.csv", undefined, ""],
    ]);
  });

  it("refuses a descriptor Inzet did not write", () => {
    const result = fromDataPackage({ name: "other", resources: [] }, files);
    expect(result.ok).toBe(false);
  });

  it("names the layout of a package an older Inzet wrote (before editions)", () => {
    const inzet = descriptor.inzet as Record<string, unknown>;
    const result = fromDataPackage({ ...descriptor, inzet: { ...inzet, format: 1 } }, files);
    expect(!result.ok && result.issues.map((i) => [i.path.join("."), i.message.en])).toEqual([
      ["inzet.format", expect.stringContaining("layout 1; this version of Inzet reads layout 2")],
    ]);
  });
});
