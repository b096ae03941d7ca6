import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledDataset, datasetToJson } from "@inzet/data";
import { afterAll, describe, expect, it } from "vitest";
import { webDir } from "./server";

// `INZET_DATA=PATH pnpm build` on a bad dataset: the real `next build`, which validates the
// dataset when it loads its configuration and so stops before it writes anything (.next stays).
const folder = mkdtempSync(join(tmpdir(), "inzet-bad-data-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// The e2e server serves .next: were validation ever to stop failing early, this test must fail
// rather than quietly rebuild the app under the other tests.
const buildStamp = () =>
  statSync(join(webDir, ".next", "BUILD_ID"), { throwIfNoEntry: false })?.mtimeMs;

function build(dataPath: string) {
  const before = buildStamp();
  const nextBin = createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next");
  const run = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: webDir,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, INZET_DATA: dataPath, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
  });
  expect(buildStamp(), ".next was rebuilt: the bad dataset was not refused early").toBe(before);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

// A stack frame ("    at loadOwnDataset (src/lib/own-dataset.ts:64:11)") says nothing to a user.
const STACK_FRAME = /^\s+at .+[:(]\d+/m;

describe("a dataset of one's own that is bad (INZET_DATA)", () => {
  it("stops the build with each error located in its file, and no stack trace", () => {
    const json = JSON.parse(datasetToJson(bundledDataset()));
    json.missions[0].start = "not a date";
    const file = join(folder, "broken.json");
    writeFileSync(file, JSON.stringify(json, null, 2));
    const { status, output } = build(file);
    expect(status).toBe(1);
    expect(output).toMatch(/the dataset in INZET_DATA=.*broken\.json has 1 error:/);
    expect(output).toMatch(/broken\.json:\d+ {2}missions\[0\]\.start {2}error\n {2}\S/);
    expect(output).toMatch(/\n {2}fix: /);
    expect(output).not.toMatch(STACK_FRAME);
    expect(output).not.toContain("Build error occurred");
  });

  it("says so, in one line, when the path does not exist", () => {
    const { status, output } = build(join(folder, "missing"));
    expect(status).toBe(1);
    expect(output).toMatch(/cannot read INZET_DATA=.*missing: ENOENT/);
    expect(output).not.toMatch(STACK_FRAME);
  });
});
