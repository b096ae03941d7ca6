import { bundledDataset, editionTemplate } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { runInMemory } from "../test/fake-io.js";

const dataset = () => bundledDataset();
const edition = (...argv: string[]) => runInMemory(["edition", ...argv], { dataset });

describe("inzet edition --template", () => {
  it("prints @inzet/data's template for a year the dataset lacks, and nothing on standard error", async () => {
    const { code, stdout, stderr } = await edition(
      "--template",
      "--year",
      "2019",
      "--kamerstuk",
      "401",
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(editionTemplate({ year: 2019, kamerstuk: "401" }));
    expect(stdout).toContain('identifier: { scheme: kamerstuk, dossier: "29 521", number: "401" }');
    expect(stdout).toContain("reportingYear: 2019");
  });

  it("still prints it for a year the dataset has, with a note on where to add instead", async () => {
    const { code, stdout, stderr } = await edition(
      "--template",
      "--year",
      "2015",
      "--kamerstuk",
      "315",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("id: evaluation-2015");
    expect(stderr).toContain("already has the 2015 evaluation (evaluation-2015)");
    const nl = await edition("--template", "--year", "2015", "--kamerstuk", "315", "--lang", "nl");
    expect(nl.stderr).toContain("heeft de evaluatie over 2015 al (evaluation-2015)");
  });

  it.each([
    [["--year", "2019", "--kamerstuk", "401"], /give --template --year YEAR --kamerstuk NUMBER/],
    [
      ["--template", "--kamerstuk", "401"],
      /--year expects a year from 2000 to \d{4}, e\.g\. 2019; got ""/,
    ],
    [["--template", "--year", "15", "--kamerstuk", "401"], /--year expects a year .*; got "15"/],
    [["--template", "--year", "2019"], /--kamerstuk expects the letter's number .*; got ""/],
    [
      ["--template", "--year", "2019", "--kamerstuk", "29521-291"],
      /e\.g\. 291 for Kamerstuk 29 521 nr\. 291; got "29521-291"/,
    ],
  ])("treats %j as a usage error: exit 2, why on standard error", async (argv, message) => {
    const { code, stdout, stderr } = await edition(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
