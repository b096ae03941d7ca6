import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { BAD_ASSESSMENT, GOOD_ASSESSMENT } from "../test/assessment-fixture.js";
import { runInMemory } from "../test/fake-io.js";

const dataset = () => bundledDataset();
const files = { "good.yaml": GOOD_ASSESSMENT, "bad.yaml": BAD_ASSESSMENT, "empty.json": "{}" };
const assess = (...argv: string[]) => runInMemory(["assess", ...argv], { dataset, files });

describe("inzet assess", () => {
  it("prints a template that passes its own check: every contribution × consideration, unrated", async () => {
    const template = await assess("--template");
    expect(template.code).toBe(0);
    expect(template.stdout).toContain("# NL: Uw oordeel over elke Nederlandse bijdrage");
    expect(template.stdout).toContain("  - contribution: eufor-althea");
    const missions = bundledDataset().missions.length;
    const checked = await runInMemory(["assess", "--check", "mine.yaml"], {
      dataset,
      files: { "mine.yaml": template.stdout },
    });
    expect(checked).toMatchObject({ code: 0, stderr: "" });
    expect(checked.stdout).toBe(
      `OK: mine.yaml, ${missions * 6} ratings, 0 rated on the scale 1–5.\n`,
    );
  });

  it("says who rated what, and that weights give a score beside the ratings", async () => {
    const { code, stdout } = await assess("--check", "good.yaml", "--lang", "nl");
    expect(code).toBe(0);
    expect(stdout).toContain("OK: good.yaml, 2 beoordelingen, 2 ingevuld op de schaal 1–3.");
    expect(stdout).toContain("Door A. Analyst, 2026-12-01.");
    expect(stdout).toContain("Gewichten op 2 afwegingen");
  });

  it("reports every problem with file, line, path and fix: exit 1", async () => {
    const { code, stdout } = await assess("--check", "bad.yaml");
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^bad\.yaml:8 {2}ratings\[0\]\.contribution\n {2}No mission "eulex" in the dataset\.\n {2}fix: Use the mission's id: eulex-kosovo/m,
    );
    expect(stdout).toMatch(/^bad\.yaml:14 {2}ratings\[1\]\.rating$/m);
    expect(stdout).toContain("2 problems in bad.yaml: the assessment is not valid.");
  });

  it("reports a file that is not an assessment at all, located at its root", async () => {
    const { code, stdout } = await assess("--check", "empty.json");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^empty\.json(:1)? {2}meta$/m);
  });

  it("says a missing file cannot be read: exit 1", async () => {
    const { code, stderr } = await assess("--check", "nowhere.yaml");
    expect(code).toBe(1);
    expect(stderr).toBe("error: cannot read nowhere.yaml: no such file or directory.\n");
  });

  it.each([[[]], [["--template", "--check", "good.yaml"]]])(
    "needs exactly one of --template and --check: %j is a usage error",
    async (argv) => {
      const { code, stderr } = await assess(...argv);
      expect(code).toBe(2);
      expect(stderr).toContain("give either --template");
    },
  );
});
