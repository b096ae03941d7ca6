import { bundledDataset } from "@inzet/data";
import { issueLocation, type LocatedIssue } from "@inzet/data/files";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadAssessment } from "./load.js";
import { assessmentTemplate } from "./template.js";

const ds = bundledDataset();
const FILE = "my-assessment.yaml";
const template = assessmentTemplate(ds);

/** The template with its first rating filled in as `entry` (YAML lines of one list item). */
const withFirst = (entry: string, meta = 'author: "A. Analyst"\n  date: "2026-12-01"') =>
  template
    .replace("author: null   # your name / uw naam\n  date: null", meta)
    .replace(/ {2}- contribution: eufor-althea\n(.*\n){4}/, `${entry}\n`);

const rated = (extra: string, source = "evaluatie-2014") =>
  withFirst(`  - contribution: eufor-althea
    consideration: consideration-duration
    rating: 4
    rationale: { en: "Short and ending.", nl: "Kort en aflopend." }
    evidence: [{ source: ${source}, locator: "p. 45" }]${extra}`);

function failing(text: string, file = FILE): LocatedIssue[] {
  const result = loadAssessment({ file, text }, ds);
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.issues;
}

/** Every issue says where (file, line, path) and how to fix it, in English and Dutch. */
function expectLocated(issues: LocatedIssue[], text: string, lineHas: string, file = FILE) {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(i.file).toBe(file);
    expect(i.line).toBeGreaterThanOrEqual(1);
    expect(i.message.en && i.message.nl && i.hint.en && i.hint.nl).toBeTruthy();
    expect(i.message.en).not.toMatch(/\n\s+at /); // no stack trace
  }
  const first = issues[0] as LocatedIssue;
  expect(text.split("\n")[(first.line ?? 0) - 1]).toContain(lineHas);
}

describe("loadAssessment", () => {
  it("accepts the empty template as it is: every contribution × consideration, none rated", () => {
    const result = loadAssessment({ file: FILE, text: template }, ds);
    expect(result.ok && result.assessment.ratings.length).toBe(16 * 6);
    expect(result.ok && result.assessment.ratings.every((r) => r.rating === null)).toBe(true);
  });

  it("accepts a rating with rationale, evidence, author and date", () => {
    const result = loadAssessment({ file: FILE, text: rated("") }, ds);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("reports YAML that cannot be read, at its line", () => {
    const text = rated("").replace("rating: 4", "rating: 4: four");
    expectLocated(failing(text), text, "rating: 4: four");
  });

  it("reports an alias bomb in plain words, located, without throwing", () => {
    const text = `meta: &a { scale: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a] }\nx: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\ny: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nratings: []\n`;
    const issues = failing(text);
    expectLocated(issues, text, "*");
    expect(issues[0]?.message.en).toMatch(/aliases/);
  });

  it("reports nesting too deep to read in plain words, located", () => {
    const text = `ratings: ${"[".repeat(3000)}${"]".repeat(3000)}\n`;
    const issues = failing(text);
    expectLocated(issues, text, "ratings");
    expect(issues[0]?.message.en).toBe(
      "Cannot read the file: it is nested too deeply to read (thousands of levels of brackets or indentation).",
    );
  });

  it("reports a mission the dataset does not have, and suggests the id for a known name", () => {
    const text = rated("").replace("contribution: eufor-althea", "contribution: eulex");
    const issues = failing(text);
    expectLocated(issues, text, "contribution: eulex");
    expect(issueLocation(issues[0] as LocatedIssue)).toMatch(
      /^my-assessment\.yaml:\d+ {2}ratings\[0\]\.contribution$/,
    );
    expect(issues[0]?.hint.en).toBe("Use the mission's id: eulex-kosovo (EULEX Kosovo).");
  });

  it("reports evidence citing a source the dataset does not have", () => {
    const text = rated("", "my-notes");
    const issues = failing(text);
    expectLocated(issues, text, "my-notes");
    expect(issues[0]).toMatchObject({
      code: "unknownReference",
      path: ["ratings", 0, "evidence", 0, "source"],
    });
  });

  it("reports a rating off the declared scale, with the values to use", () => {
    const text = rated("").replace("rating: 4", "rating: 7");
    const issues = failing(text);
    expectLocated(issues, text, "rating: 7");
    expect(issues[0]?.hint.en).toBe("Use one of: 1, 2, 3, 4, 5, or null for not rated.");
  });

  it("asks a rating for its rationale, author and date", () => {
    const text = withFirst(
      "  - contribution: eufor-althea\n    consideration: consideration-duration\n    rating: 2",
      "author: null\n  date: null",
    );
    const issues = failing(text);
    expect(issues.map((i) => i.path.at(-1))).toEqual(["rationale", "author", "date"]);
    expectLocated(issues, text, "- contribution: eufor-althea");
  });

  it("reports the same contribution rated twice on one consideration", () => {
    const text = `${rated("")}\n  - { contribution: eufor-althea, consideration: consideration-duration, rating: null }\n`;
    const issues = failing(text);
    expect(issues[0]?.code).toBe("duplicateId");
    expectLocated(issues, text, "{ contribution: eufor-althea");
  });

  it("explains a date YAML reads as a number, and a misspelt field", () => {
    const text = rated("\n    date: 2026\n    ratnig: 3");
    const issues = failing(text);
    const hints = issues.map((i) => i.hint.en);
    expect(hints).toContain(
      'Put the value in quotes ("2026"): unquoted, YAML reads it as a number.',
    );
    expect(hints.some((h) => h.startsWith("Remove ratnig"))).toBe(true);
    expectLocated(issues, text, "");
  });

  it("reads JSON too, with lines", () => {
    const text = '{\n  "meta": { "scale": [] },\n  "ratings": []\n}\n';
    const issues = failing(text, "a.json");
    expectLocated(issues, text, '"scale"', "a.json");
  });

  it("reports weights on a consideration the dataset does not have", () => {
    const text = rated("").replace("ratings:", "  weights: { consideration-cost: 2 }\nratings:");
    expectLocated(failing(text), text, "consideration-cost");
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = loadAssessment({ file: FILE, text }, ds);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
