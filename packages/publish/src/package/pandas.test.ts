import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../test/datasets.js";
import { writeFolder } from "../test/frictionless.js";
import { dataPackage } from "./write.js";

const SCRIPT = fileURLToPath(new URL("../../scripts/pandas-check.py", import.meta.url));

/** A Python that has pandas (Debian's python3-pandas installs it for /usr/bin/python3). */
const python = ["python3", "/usr/bin/python3"].find(
  (p) => spawnSync(p, ["-c", "import pandas"], { stdio: "ignore" }).status === 0,
);

describe("the data package in pandas", () => {
  // An extra check: it runs where python3-pandas is installed (apt-get install python3-pandas).
  it.skipIf(python === undefined)(
    "loads with the declared types, unique primary keys and resolving foreign keys (skipped without python3-pandas)",
    () => {
      const ds = bundledDataset();
      const dir = writeFolder(dataPackage(ds));
      try {
        const run = spawnSync(python as string, [SCRIPT, dir], { encoding: "utf8" });
        expect(run.stderr).toBe("");
        const report = JSON.parse(run.stdout);
        expect(report.problems).toEqual([]);
        expect(report.rows.missions).toBe(ds.missions.length);
        expect(report.dtypes.figures).toMatchObject({
          id: "string",
          value: "Int64",
          unverified: "boolean",
          qualifier: "string",
        });
        expect(report.dtypes.headquarters).toMatchObject({ lat: "float64" });
        expect(report.rows.editions).toBe(ds.editions.length);
        expect(report.rows.mission_counts).toBe(ds.missionCounts.length);
        expect(report.dtypes.mission_counts).toMatchObject({ year: "Int64", value: "Int64" });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
