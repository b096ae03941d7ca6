import { readFileSync } from "node:fs";
import { validateCFF } from "cffjs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { citationCff } from "./cff.js";
import { bundledDataset, rich } from "./test/datasets.js";
import { CITATION_CFF_PATH } from "./test/paths.js";

describe("CITATION.cff", () => {
  it("at the repository root is what the dataset's meta gives (pnpm -F @inzet/publish cff)", () => {
    expect(readFileSync(CITATION_CFF_PATH, "utf8")).toBe(citationCff(bundledDataset()));
  });

  it.each([
    ["the bundled dataset", () => bundledDataset()],
    ["a dataset with a publisher's e-mail and web site", () => rich(3, 1)],
  ])("is valid CFF 1.2.0 for %s (the format's JSON Schema)", (_name, make) => {
    const cff = parse(citationCff(make(), { url: "https://inzet.example/" }));
    expect(() => validateCFF(cff)).not.toThrow();
    expect(cff).toMatchObject({ "cff-version": "1.2.0", type: "dataset" });
  });

  it("is checked for real: a licence that is no SPDX id fails", () => {
    const cff = parse(citationCff(bundledDataset()));
    expect(() => validateCFF({ ...cff, license: "Public text" })).toThrow(/license/);
  });

  it("names the dataset's title, version, licence and the letter it rests on", () => {
    const ds = bundledDataset();
    const cff = parse(citationCff(ds));
    expect(cff).toMatchObject({
      title: ds.meta.title.en,
      version: ds.meta.version,
      license: "CC-BY-4.0",
      authors: [{ name: "The Inzet authors" }],
      references: [
        {
          notes: "Kamerstuk 29 521 no. 291",
          url: "https://zoek.officielebekendmakingen.nl/kst-29521-291.html",
        },
      ],
    });
  });
});
