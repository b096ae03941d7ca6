// Packs @inzet/data as it would be published, then checks the tarball: publint, attw, and an
// import of the packed dist from a clean directory.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_DIR } from "./read-data.js";

const work = mkdtempSync(join(tmpdir(), "inzet-data-pack-"));
const run = (cmd: string, args: string[], cwd = PACKAGE_DIR) =>
  execFileSync(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, NO_COLOR: "1" } });

try {
  run("pnpm", ["pack", "--pack-destination", work]);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "");
  run("pnpm", ["exec", "publint", "run", tarball, "--strict"]);
  run("pnpm", ["exec", "attw", tarball, "--profile", "esm-only"]);

  // Unpack and import the built entries the way a consumer would (zod resolved from this workspace).
  const app = join(work, "consumer");
  run("mkdir", ["-p", join(app, "node_modules/@inzet/data")]);
  run("tar", [
    "-xzf",
    tarball,
    "-C",
    join(app, "node_modules/@inzet/data"),
    "--strip-components=1",
  ]);
  run("ln", ["-s", join(PACKAGE_DIR, "node_modules/zod"), join(app, "node_modules/zod")]);
  for (const dep of ["minisearch", "papaparse", "yaml", "i18n-iso-countries"]) {
    run("ln", ["-s", join(PACKAGE_DIR, "node_modules", dep), join(app, "node_modules", dep)]);
  }
  writeFileSync(
    join(app, "check.mjs"),
    `import { bundledDataset, formatQuantity, clusterSummaries } from "@inzet/data";
import { loadFiles } from "@inzet/data/files";
import { syntheticDatasetInput } from "@inzet/data/testing";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const json = require("@inzet/data/dataset.json");
const schema = require("@inzet/data/schema.json");
const ds = bundledDataset();
if (ds.missions.length !== json.missions.length || !schema.$defs.Mission) throw new Error("packed files disagree");
if (typeof loadFiles !== "function" || !syntheticDatasetInput({ missions: 2 }).missions) throw new Error("entries missing");
process.stdout.write(clusterSummaries(ds).map((s) => formatQuantity(s.figure.quantity)).join(", ") + "\\n");
`,
  );
  run("node", ["check.mjs"], app);
  process.stdout.write(
    "package test passed: publint, attw (esm-only) and a consumer import of the tarball\n",
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
