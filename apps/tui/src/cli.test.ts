import { execFile } from "node:child_process";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, inzet, type Result, VERSION } from "./test/spawn-cli.js";

beforeAll(assertBuilt);

describe.concurrent("inzet (built)", () => {
  it("shows the letter's groups with their worded figures and missions", async () => {
    const { code, stdout, stderr } = await inzet(["clusters"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    for (const figure of ["≈ 10", "≈ 20", "> 40", "a few"])
      expect(stdout).toContain(`${figure} personnel`);
    expect(stdout).toContain("EUFOR Althea, EULEX Kosovo, KFOR");
    expect(stdout).toContain("UNTSO, UNDOF, USSC");
    expect(stdout).toContain("Kamerstuk 29 521 no. 291");
  });

  it("speaks Dutch with --lang nl", async () => {
    const { code, stdout } = await inzet(["--lang", "nl", "clusters"]);
    expect(code).toBe(0);
    expect(stdout).toContain("enkele functionarissen");
    expect(stdout).toContain("daarnaast");
  });

  it("lists exactly the Balkan missions for --cluster balkans", async () => {
    const { code, stdout } = await inzet(["list", "--cluster", "balkans"]);
    expect(code).toBe(0);
    const acronyms = stdout
      .split("\n")
      .slice(1)
      .filter(
        (line) => /^\S/.test(line) && !/^\d+ missions?$/.test(line) && !line.startsWith("NL "),
      )
      .map((line) => line.split(/ {2,}/)[0]);
    expect(acronyms.sort()).toEqual(["EUFOR Althea", "EULEX Kosovo", "KFOR"]);
  });

  it("finds UNTSO by searching for unt", async () => {
    const { code, stdout } = await inzet(["list", "--search", "unt", "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { acronym: string }[]).map((m) => m.acronym)).toContain("UNTSO");
  });

  it("gives the same missions as JSON and as CSV", async () => {
    const [json, csv] = await Promise.all([inzet(["list", "--json"]), inzet(["list", "--csv"])]);
    const missions = JSON.parse(json.stdout) as { id: string }[];
    expect(missions.length).toBeGreaterThanOrEqual(16);
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields?.slice(0, 2)).toEqual(["id", "acronym"]);
    expect(rows.data.map((r) => r.id)).toEqual(missions.map((m) => m.id));
  });

  it("shows UNTSO with its 1948 start and the letter as a source", async () => {
    const { code, stdout } = await inzet(["show", "untso"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^UNTSO — /);
    expect(stdout).toMatch(/^Start +29 May 1948/m);
    expect(stdout).toMatch(/^\[\d+\] .*Kamerstuk 29 521 no\. 291/m);
  });

  it("finds a mission by the letter's own name", async () => {
    const { code, stdout } = await inzet(["show", "EUTM Somalië"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^EUTM Somalia — /);
  });

  it("rejects an unknown mission with exit 2, on stderr only", async () => {
    const result = await inzet(["show", "untsoo"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^error: no mission "untsoo" in the dataset\.\nDid you mean: UNTSO/,
    );
  });

  it("exports the complete dataset as JSON", async () => {
    const { code, stdout } = await inzet(["export", "--format", "json"]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as Record<string, unknown>;
    expect(data.meta).toMatchObject({ year: 2014 });
    for (const key of [
      "sources",
      "organisations",
      "clusters",
      "missions",
      "figures",
      "considerations",
      "statements",
    ]) {
      expect(Array.isArray(data[key]), key).toBe(true);
    }
  });

  it.each([
    [["--lang", "xx", "clusters"], /argument 'xx' is invalid/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["list", "--cluster", "atlantis"], /unknown group "atlantis"\. Groups: balkans, /],
  ])("exits 2 for the usage error %j", async (args, message) => {
    const { code, stdout, stderr } = await inzet(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(message);
  });

  it("never writes escape codes to a pipe, even in CI or with NO_COLOR over FORCE_COLOR", async () => {
    const runs = await Promise.all([
      inzet(["clusters"], { CI: "true" }),
      inzet(["show", "untso"], { CI: "true", TERM: "xterm-256color" }),
      inzet(["list"], { NO_COLOR: "1", FORCE_COLOR: "1" }),
    ]);
    for (const { stdout } of runs) expect(stdout).not.toContain("\u001b");
    // The same check sees colour when it is forced, so it can fail.
    expect((await inzet(["list"], { FORCE_COLOR: "1" })).stdout).toContain("\u001b[1m");
  });

  it("runs through its bin entry with the version from package.json", async () => {
    const result = await new Promise<Result>((resolve) => {
      execFile(BIN, ["--version"], (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});
