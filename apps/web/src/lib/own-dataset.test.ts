import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledDataset, datasetToJson } from "@inzet/data";
import { dataPackage } from "@inzet/publish";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { loadOwnDataset, OwnDatasetError, readDatasetFiles } from "./own-dataset";

// An organisation's own dataset: the bundled one with one mission renamed, as an exported JSON
// file and as a data package folder. What a build with INZET_DATA reads, short of `next build`.
const folder = mkdtempSync(join(tmpdir(), "inzet-own-data-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function editedDataset() {
  const json = JSON.parse(datasetToJson(bundledDataset()));
  const untso = json.missions.find((m: { id: string }) => m.id === "untso");
  untso.name.en = "Truce Supervision, corrected edition";
  return json;
}

function writeJson(name: string, data: unknown): string {
  const file = join(folder, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

describe("a dataset of one's own", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("reads an exported JSON file, with its change", () => {
    const ds = loadOwnDataset(writeJson("edited.json", editedDataset()));
    expect(ds.missions.find((m) => m.id === "untso")?.name.en).toBe(
      "Truce Supervision, corrected edition",
    );
  });

  // Reading the package back is @inzet/publish's fromDataPackage (tested there); this checks that a
  // package folder is recognised and handed over whole: its descriptor and CSVs, nothing else.
  it("takes a data package folder's descriptor and CSVs, and no other file", () => {
    const pkg = dataPackage(bundledDataset());
    const dir = join(folder, "package");
    mkdirSync(join(dir, "notes"), { recursive: true });
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify(pkg.descriptor));
    for (const r of pkg.resources) writeFileSync(join(dir, r.path), r.csv);
    writeFileSync(join(dir, "notes", "readme.yaml"), "not: data");
    const names = readDatasetFiles(dir).map((f) => f.file.slice(dir.length + 1));
    expect(names.sort()).toEqual(["datapackage.json", ...pkg.resources.map((r) => r.path)].sort());
  });

  it("stops with every error located in its file", () => {
    const broken = editedDataset();
    broken.missions[0].start = { value: 1948 };
    const file = writeJson("broken.json", broken);
    expect(() => loadOwnDataset(file)).toThrow(
      /has 2 errors:\n.*broken\.json:\d+ {2}missions\[0\]\.start\.value {2}error\n/,
    );
  });

  it("counts only errors, and lists a warning after them as a warning", () => {
    const file = writeJson("warned.json", { ...editedDataset(), missions: "none" });
    let message = "";
    try {
      loadOwnDataset(file);
    } catch (error) {
      expect(error).toBeInstanceOf(OwnDatasetError);
      message = (error as Error).message;
    }
    const count = Number(/has (\d+) errors?:/.exec(message)?.[1]);
    expect(message.match(/ {2}error\n/g)).toHaveLength(count);
    const severities = [...message.matchAll(/ {2}(error|warning)\n/g)].map((m) => m[1]);
    expect(severities).toEqual([...severities].sort());
  });

  it("says so when the path holds no dataset or does not exist", () => {
    const empty = join(folder, "empty");
    mkdirSync(empty, { recursive: true });
    expect(() => loadOwnDataset(empty)).toThrow(/holds no dataset files/);
    expect(() => loadOwnDataset(join(folder, "missing"))).toThrow(
      /cannot read INZET_DATA=.*ENOENT/,
    );
  });

  it("is what every page and download reads when INZET_DATA names it", async () => {
    vi.stubEnv("INZET_DATA", writeJson("served.json", editedDataset()));
    vi.resetModules();
    const { dataset } = await import("./data");
    const { dataFile } = await import("./data-files");
    const { packageFile } = await import("./package-files");
    const { citeFile } = await import("./cite-files");
    const ds = dataset();
    expect(ds.missions.find((m) => m.id === "untso")?.name.en).toContain("corrected edition");
    expect(dataFile("inzet.json")?.body(ds)).toContain("corrected edition");
    expect(packageFile(ds, "missions.csv")?.body).toContain("corrected edition");
    expect(citeFile(ds, ["mission", "untso.bib"])?.body).toContain("corrected edition");
  });
});
