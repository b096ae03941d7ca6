import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { BAD_ASSESSMENT, GOOD_ASSESSMENT } from "../test/assessment-fixture.js";
import { runInMemory } from "../test/fake-io.js";
import { syntheticDataset } from "../test/synthetic.js";

const dataset = () => bundledDataset();
const files = { "good.yaml": GOOD_ASSESSMENT, "bad.yaml": BAD_ASSESSMENT };
const portfolio = (...argv: string[]) => runInMemory(["portfolio", ...argv], { dataset, files });

/** The value cells of a metric's row in the text table. */
const row = (text: string, name: string) =>
  text
    .split("\n")
    .find((line) => line.startsWith(name))
    ?.slice(name.length)
    .trim()
    .split(/\s{2,}/);

describe("inzet portfolio", () => {
  it("gives the 2014 evaluation's portfolio as intervals, per group, with the letter as source", async () => {
    const { code, stdout, stderr } = await portfolio();
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("as of 31 December 2014: the 16 contributions");
    expect(row(stdout, "Contributions")).toEqual(["16"]);
    expect(row(stdout, "Groups")).toEqual(["4"]);
    expect(row(stdout, "Concentration (HHI)")).toEqual(["0.4–1"]);
    expect(row(stdout, "Balkans [1]")).toEqual(["≈ 10"]);
    expect(stdout).toMatch(/^\[1\] Evaluatie inzet Nederlandse militairen 2014, p\. 45/m);
  });

  it("answers the token question: what ends, what cannot be told, what remains", async () => {
    const { code, stdout } = await portfolio("--preset", "token");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Ended (certainly at most the threshold, in a group certainly outside): EUFOR Althea (3–5), OSCE SMM (3)",
    );
    expect(stdout).toContain("EULEX Kosovo (≈ 0–7), KFOR (≈ 0–7)");
    expect(stdout).toContain(
      "Remaining: 12–14 of 16 contributions, 2–3 of 4 groups, 6–7 of 8 regions; concentration 0.46–1 (was 0.4–1)",
    );
    expect(row(stdout, "Contributions")).toEqual(["16", "14 *", "12 *"]);
  });

  it("answers it in Dutch too", async () => {
    const { stdout } = await portfolio("--preset", "token", "--lang", "nl");
    expect(stdout).toContain("Blijft over: 12–14 van 16 bijdragen, 2–3 van 4 groepen");
    expect(stdout).toContain("concentratie 0,46–1 (was 0,4–1)");
    expect(row(stdout, "Bijdragen")).toEqual(["16", "14 *", "12 *"]);
  });

  it("shows before and after for ending, moving and resizing, and which contributions changed", async () => {
    const { code, stdout } = await portfolio(
      "--drop",
      "KFOR",
      "--move",
      "untso=balkans",
      "--resize",
      "eufor-althea=about ten",
    );
    expect(code).toBe(0);
    expect(row(stdout, "Contributions")).toEqual(["16", "15 *"]);
    expect(row(stdout, "Middle East Peace Process [1]")).toEqual(["≈ 20", "≈ 7"]);
    expect(stdout).toContain(
      "UNTSO — Middle East Peace Process · 13 [2] · not token: moved to Balkans",
    );
    expect(stdout).toContain(
      "EUFOR Althea — Balkans · 3–5 [3] · token (at most 5): resized to ≈ 10",
    );
    expect(stdout).toContain("KFOR — Balkans · ≈ 0–7 [1][3] · token or not cannot be told: ended");
  });

  it("gives each affected contribution's ratings from an assessment, with rationale and score", async () => {
    const { code, stdout } = await portfolio("--preset", "token", "--assessment", "good.yaml");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /5\. Operational \(business\) burden: 1 — strongly against keeping it \(A\. Analyst, 2026-12-01\) \[\d+\]/,
    );
    expect(stdout).toContain("Three to five people in a large EU operation.");
    expect(stdout).toContain("3. Political interest: not rated");
    expect(stdout).toContain("Weighted score: 1.33");
  });

  it("prints JSON with low and high per column, and the token question's lists", async () => {
    const { code, stdout } = await portfolio("--preset", "token", "--drop", "ussc", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.columns).toEqual(["before", "after", "tokenCertain", "tokenWidest"]);
    expect(json.operations).toEqual([{ op: "end", id: "ussc" }]);
    const contributions = json.metrics.find((m: { id: string }) => m.id === "contributions");
    expect(contributions.values.map((v: { low: number }) => v.low)).toEqual([16, 15, 13, 11]);
    expect(contributions.definition.nl).toContain("bijdragen");
    expect(json.tokenQuestion.ended).toEqual(["eufor-althea", "osce-smm"]);
  });

  it("prints RFC 4180 CSV: a row per metric or group and column", async () => {
    const { code, stdout } = await portfolio("--drop", "kfor", "--csv");
    expect(code).toBe(0);
    const lines = stdout.split("\r\n");
    expect(lines[0]).toBe("section,key,name,column,low,high,approximate,text");
    expect(lines).toContain("metric,contributions,Contributions,after,15,15,false,15");
    expect(lines).toContain("group,balkans,Balkans,before,10,10,true,≈ 10");
  });

  it.each([
    [["--drop", "nothing-like-it"], /no mission "nothing-like-it" in the dataset/],
    [["--drop", "minusma"], /MINUSMA is not one of the portfolio’s 16 contributions/],
    [["--move", "kfor"], /--move expects ID=VALUE, e\.g\. --move kfor=balkans; got "kfor"/],
    [["--move", "kfor=nowhere"], /unknown group "nowhere"\. Groups: balkans \(Balkans\)/],
    [["--resize", "kfor=lots"], /--resize kfor=lots: cannot read "lots" as a number of people/],
    [["--resize", "kfor=5 to 3"], /the range 5 to 3 runs backwards/],
    [["--as-of", "2014-13"], /"2014-13" is not a date/],
    [["--threshold", "five"], /--threshold expects a whole number of at least 0/],
    [["--keep", "3"], /--keep goes with --preset token/],
    [["--preset", "all"], /"all" is not one of: token/],
    [["--json", "--csv"], /cannot be used with option '--csv'/],
  ])("treats %j as a usage error: exit 2, why on standard error", async (argv, message) => {
    const { code, stdout, stderr } = await portfolio(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("says which assessment file cannot be read, or every problem in it: exit 1", async () => {
    const missing = await portfolio("--assessment", "missing.yaml");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read missing.yaml: no such file or directory");
    const bad = await portfolio("--assessment", "bad.yaml");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("bad.yaml is not a valid assessment:");
    expect(bad.stderr).toMatch(/bad\.yaml:\d+ +ratings\[0\]\.contribution/);
    expect(bad.stderr).toContain("eulex-kosovo");
    expect(bad.stderr).toMatch(/fix: /);
  });
});

describe("the workbench commands on a dataset of one's own", () => {
  it.each([
    [["portfolio", "--preset", "token"], "The token question"],
    [["trend"], "Synthetic evaluation 2014"],
    [["assess", "--template"], "contribution:"],
  ])("%j works on a synthetic dataset", async (argv, text) => {
    const synthetic = syntheticDataset(8);
    const { code, stdout, stderr } = await runInMemory(argv, { dataset: () => synthetic });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain(text);
  });
});
