import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DATA_DIR, escapeRegExp, inzet } from "./test/spawn-cli.js";

let dir = "";
beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(join(tmpdir(), "inzet-cli-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.concurrent("inzet export and validate (built)", () => {
  it("validates its own export (round trip)", async () => {
    const file = join(dir, "export.json");
    const exported = await inzet(["export", "--format", "json", "--out", file]);
    expect(exported).toEqual({ code: 0, stdout: "", stderr: `wrote ${file}\n` });
    const validated = await inzet(["validate", file]);
    expect(validated.code).toBe(0);
    // Valid, with the source policy's warnings listed first (they are advice, not errors).
    expect(validated.stdout).toMatch(
      /^OK: 1 file, \d+ missions, \d+ figures, \d+ sources\.( \d+ warnings? .*)?\n$/m,
    );
  });

  it("validates the repository's source YAML", async () => {
    const { code, stdout } = await inzet(["validate", DATA_DIR]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK: \d+ files, \d+ missions/m);
  });

  it("checks one edited mission file as a change to the bundled dataset", async () => {
    const original = await readFile(join(DATA_DIR, "missions", "untso.yaml"), "utf8");
    const good = join(dir, "untso.yaml");
    await writeFile(good, original);
    const ok = await inzet(["validate", good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Checked as changes to the bundled dataset");

    const bad = join(dir, "untso-broken.yaml");
    await writeFile(bad, original.replace(/^ {4}organisation: un$/m, "    organisation: unn"));
    const failed = await inzet(["validate", bad]);
    expect(failed.code).toBe(1);
    const line = original.split("\n").indexOf("    organisation: un") + 1;
    expect(failed.stdout).toContain(
      `${bad}:${line}  missions[0].organisation\n  Unknown organisation "unn".`,
    );
  });

  it("fails an export it cannot write with exit 1", async () => {
    const { code, stderr } = await inzet(["export", "--out", join(dir, "no", "such", "dir.json")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: cannot write .*dir\.json: no such file or directory\.\n$/);
  });

  it("names a missing file with exit 1", async () => {
    const { code, stdout, stderr } = await inzet(["validate", join(dir, "absent.yaml")]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toContain("absent.yaml: no such file or directory");
  });

  it("names the file and line of invalid YAML", async () => {
    const file = join(dir, "broken.yaml");
    await writeFile(file, "meta:\n  title: { en: x\nsources: []\n");
    const { code, stdout } = await inzet(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${escapeRegExp(file)}:\\d+ {2}`, "m"));
    expect(stdout).toMatch(/Cannot read the file/);
  });

  it("names the file of invalid JSON", async () => {
    const file = join(dir, "broken.json");
    await writeFile(file, '{ "meta": }');
    const { code, stdout } = await inzet(["validate", file]);
    expect(code).toBe(1);
    // Node 20's JSON.parse does not always give a position; a line is then shown only if found.
    expect(stdout).toMatch(
      new RegExp(`^${escapeRegExp(file)}(:\\d+)?  \\(root\\)\n  Cannot read the file`, "m"),
    );
  });

  it("locates a schema violation and a cross-reference error by JSON path and line", async () => {
    const data = JSON.parse((await inzet(["export"])).stdout) as {
      figures: { quantity: { qualifier: string } }[];
      missions: { citations: { source: string }[] }[];
    };
    const [figure] = data.figures;
    const [mission] = data.missions;
    if (!figure || !mission?.citations[0])
      throw new Error("export has no figure or mission citation");
    figure.quantity.qualifier = "about";
    mission.citations[0].source = "no-such-source";
    const text = JSON.stringify(data, null, 2);
    const file = join(dir, "invalid.json");
    await writeFile(file, text);
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const { code, stdout } = await inzet(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:${lineOf('"about"')}  figures[0].quantity.qualifier`);
    expect(stdout).toContain(
      `${file}:${lineOf('"no-such-source"')}  missions[0].citations[0].source`,
    );
    expect(stdout).toContain('Unknown source "no-such-source".');
    expect(stdout).toMatch(
      /^2 problems in 1 file: the dataset is not valid\.( \d+ warnings? .*)?\n$/m,
    );
  });
});
