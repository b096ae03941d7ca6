import { describe, expect, it } from "vitest";
import { dataPackage } from "./package/write.js";
import { isDataPackage, loadDatasetFiles } from "./read-files.js";
import { synthetic } from "./test/datasets.js";

describe("loadDatasetFiles", () => {
  const ds = synthetic(6, 2);

  it("reads a data package folder, wherever it lies", () => {
    const { descriptor, resources } = dataPackage(ds);
    const files = [
      { file: "out/pkg/datapackage.json", text: JSON.stringify(descriptor) },
      ...resources.map((r) => ({ file: `out/pkg/${r.path}`, text: r.csv })),
    ];
    expect(isDataPackage(files)).toBe(true);
    const result = loadDatasetFiles(files);
    expect(result.ok && result.dataset).toEqual(ds);
  });

  it("reads an exported JSON file", () => {
    const result = loadDatasetFiles([{ file: "inzet.json", text: JSON.stringify(ds) }]);
    expect(result.ok && result.dataset).toEqual(ds);
  });

  it("names the package's file in its issues", () => {
    const { descriptor, resources } = dataPackage(ds);
    const files = [
      { file: "pkg/datapackage.json", text: JSON.stringify(descriptor) },
      ...resources
        .filter((r) => r.path !== "sources.csv")
        .map((r) => ({ file: `pkg/${r.path}`, text: r.csv })),
    ];
    const result = loadDatasetFiles(files);
    expect(!result.ok && result.issues.map((i) => i.file)).toEqual(["pkg/sources.csv"]);
  });
});
