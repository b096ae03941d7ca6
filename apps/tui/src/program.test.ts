// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters
import { syntheticDatasetInput } from "@inzet/data/testing";
import { describe, expect, it } from "vitest";
import { detectLang } from "./program.js";
import { runInMemory } from "./test/fake-io.js";
import { syntheticDataset } from "./test/synthetic.js";

const ds = syntheticDataset(8);
const dataset = () => ds;

describe("detectLang", () => {
  it.each([
    [["--lang", "nl", "list"], "nl"],
    [["list", "--lang=nl"], "nl"],
    [["--lang", "xx"], "en"],
    [["show", "--", "--lang", "nl"], "en"],
    [[], "en"],
  ])("reads %j as %s", (argv, lang) => {
    expect(detectLang(argv)).toBe(lang);
  });
});

describe("run", () => {
  it("prints the overview for a bare inzet", async () => {
    const bare = await runInMemory([], { dataset });
    const clusters = await runInMemory(["clusters"], { dataset });
    expect(bare).toMatchObject({ code: 0, stderr: "" });
    expect(bare.stdout).toBe(clusters.stdout);
  });

  it("accepts the language before or after the command", async () => {
    const before = await runInMemory(["--lang", "nl", "list"], { dataset });
    const after = await runInMemory(["list", "--lang", "nl"], { dataset });
    expect(before.stdout).toContain("8 missies");
    expect(after.stdout).toBe(before.stdout);
  });

  it.each([
    [["--lang", "xx", "list"], /'xx' is invalid\. "xx" is not one of: en, nl\./],
    [["lijst"], /unknown command "lijst"\. Commands: clusters, list, show/],
    [["lst"], /Did you mean: list\?/],
    [["list", "--bogus"], /unknown option '--bogus'/],
    [["list", "--json", "--csv"], /cannot be used with option '--csv'/],
    [["show"], /missing required argument 'mission'/],
    [["show", "nothing-like-it"], /no mission "nothing-like-it"/],
    [["export", "--format", "xml"], /"xml" is not one of: json, csv, schema, datapackage\./],
    [["export", "--table", "figures"], /--table applies only to --format csv\./],
  ])("treats %j as a usage error: exit 2, message on stderr only", async (argv, message) => {
    const result = await runInMemory(argv, { dataset });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
  });

  it("shows help and the version with exit 0", async () => {
    const help = await runInMemory(["--help"], { dataset });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 ok; 1 invalid data/);
    const dutch = await runInMemory(["--lang", "nl", "list", "--help"], { dataset });
    expect(dutch.stdout).toMatch(/^Gebruik: inzet list/m);
    expect(dutch.stdout).toContain("Algemene opties:");
    const version = await runInMemory(["--version"], { dataset });
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });

  it("reports a dataset that cannot be loaded as invalid data", async () => {
    const broken = await runInMemory(["clusters"], {});
    expect(broken).toMatchObject({ code: 1, stdout: "" });
    expect(broken.stderr).toMatch(/^error: the bundled dataset cannot be loaded: no dataset/);
  });

  it("colours only a TTY without NO_COLOR or --no-color, unless forced", async () => {
    const esc = /\u001b\[/;
    expect((await runInMemory(["list"], { dataset, tty: true })).stdout).toMatch(esc);
    expect(
      (await runInMemory(["list"], { dataset, tty: false, env: { CI: "true" } })).stdout,
    ).not.toMatch(esc);
    expect(
      (await runInMemory(["list"], { dataset, tty: true, env: { NO_COLOR: "1" } })).stdout,
    ).not.toMatch(esc);
    expect((await runInMemory(["list", "--no-color"], { dataset, tty: true })).stdout).not.toMatch(
      esc,
    );
    expect((await runInMemory(["list"], { dataset, env: { FORCE_COLOR: "1" } })).stdout).toMatch(
      esc,
    );
  });

  it("writes an export to a file and says so on stderr", async () => {
    const result = await runInMemory(["export", "--out", "out.json"], { dataset });
    expect(result).toMatchObject({ code: 0, stdout: "", stderr: "wrote out.json\n" });
    expect(JSON.parse(result.files.get("out.json") ?? "")).toHaveProperty("missions");
  });

  it("fails with exit 1 when the export cannot be written", async () => {
    const result = await runInMemory(["--lang", "nl", "export", "--out", "/missing/x.json"], {
      dataset,
    });
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toBe(
      "fout: kan /missing/x.json niet schrijven: bestand of map bestaat niet.\n",
    );
  });

  it("validates a directory of files as one dataset", async () => {
    const { meta, sources, missions, ...rest } = syntheticDatasetInput({ missions: 4 });
    const files = {
      "data/meta.json": JSON.stringify({ meta, sources }),
      "data/missions.json": JSON.stringify({ missions }),
      "data/rest.json": JSON.stringify(rest),
      "data/README.md": "not data",
    };
    const result = await runInMemory(["validate", "data"], { files });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^OK: 3 files, 4 missions/);
  });

  it("names every file it cannot read and exits 1", async () => {
    const result = await runInMemory(["validate", "a.yaml", "b.yaml"], { files: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "error: cannot read a.yaml: no such file or directory.\ncannot read b.yaml: no such file or directory.\n",
    );
  });

  it("exits 1 with the issues on stdout when the data is invalid", async () => {
    const result = await runInMemory(["validate", "x.yaml"], { files: { "x.yaml": "meta: [" } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^x\.yaml:\d+ {2}\(root\)\n {2}Cannot read the file/);
  });
});
