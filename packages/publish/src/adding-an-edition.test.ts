// docs/adding-an-edition.md, walked once with a made-up edition (it never enters the shipped
// dataset): the template validates as it is, a filled-in edition validates, and the diff shows
// exactly what was added.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { editionTemplate } from "@inzet/data";
import { type DataFile, issueLocation, loadFiles } from "@inzet/data/files";
import { describe, expect, it } from "vitest";
import { diffDatasets, diffToText } from "./index.js";

const DATA = fileURLToPath(new URL("../../data/data", import.meta.url));

/** The shipped dataset's YAML, as `inzet validate packages/data/data` reads it. */
function shipped(): DataFile[] {
  return readdirSync(DATA, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => ({ file: join("data", name), text: readFileSync(join(DATA, name), "utf8") }));
}

function load(files: DataFile[]) {
  const result = loadFiles(files);
  if (!result.ok) throw new Error(result.issues.map((i) => issueLocation(i)).join("\n"));
  return result.dataset;
}

// Step 2 of the guide: the made-up year's one group, its figure and a mission it treats.
const FILLED_IN = `
clusters:
  - id: test-balkans-2030
    edition: evaluation-2030
    order: 1
    relation: group
    name: { en: Balkans (test), nl: Balkan (test) }
    purpose: { en: a made-up group for the guide's test, nl: een verzonnen groep voor de test }
    missions: [eufor-althea, kfor]
    citation:
      source: kst-29521-9999
      locator: { en: p. 7, nl: blz. 7 }
      quote: { text: "ongeveer vijf functionarissen in EUFOR en KFOR", lang: nl }
figures:
  - id: test-balkans-2030
    cluster: test-balkans-2030
    quantity: { qualifier: approximately, value: 5, wording: { text: ongeveer vijf, lang: nl } }
    asOf: "2030"
    reportingYear: 2030
    scope: unspecified
    citation:
      source: kst-29521-9999
      locator: { en: p. 7, nl: blz. 7 }
      quote: { text: "ongeveer vijf functionarissen in EUFOR en KFOR", lang: nl }
`;

describe("adding an edition (docs/adding-an-edition.md)", () => {
  const template = editionTemplate({ year: 2030, kamerstuk: "9999" });

  it("starts from a template that validates as it is beside the dataset", () => {
    const ds = load([...shipped(), { file: "data/editions/2030.yaml", text: template }]);
    expect(ds.editions.map((e) => e.reportingYear)).toContain(2030);
  });

  it("validates the filled-in edition and shows what changed, fact by fact", () => {
    const before = load(shipped());
    const filled = `${template}\n${FILLED_IN}`;
    const after = load([...shipped(), { file: "data/editions/2030.yaml", text: filled }]);
    const diff = diffDatasets(before, after);
    const added = diff.changes.filter((c) => c.type === "added").map((c) => c.path.join("."));
    expect(added).toEqual(
      expect.arrayContaining([
        expect.stringContaining("editions"),
        expect.stringContaining("clusters"),
        expect.stringContaining("figures"),
        expect.stringContaining("sources"),
      ]),
    );
    expect(diff.changes.every((c) => c.type === "added")).toBe(true);
    expect(diffToText(diff)).toContain("test-balkans-2030");
  });

  it("reports a mistake in the new file with its line and a fix", () => {
    const wrong = `${template}\n${FILLED_IN.replace("missions: [eufor-althea, kfor]", "missions: [eufor-althea, kfr]")}`;
    const result = loadFiles([...shipped(), { file: "data/editions/2030.yaml", text: wrong }]);
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues[0];
    expect(issue && issueLocation(issue)).toMatch(
      /^data\/editions\/2030\.yaml:\d+ {2}clusters\[0\]\.missions\[1\]$/,
    );
    expect(issue?.hint.en).toMatch(/existing mission/);
  });
});
