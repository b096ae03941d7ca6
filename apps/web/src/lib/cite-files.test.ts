import { bundledDataset } from "@inzet/data";
import { CITATION_FILES, CITATION_FORMATS } from "@inzet/publish";
import { describe, expect, it } from "vitest";
import {
  citeFile,
  citeFileSegments,
  citeHref,
  citeSegments,
  citeTargets,
  parseCiteSegments,
} from "./cite-files";
import { CITE_FORMATS } from "./cite-formats";
import { citeView } from "./cite-view";

const ds = bundledDataset();

describe("citation files", () => {
  it("names each file by what it cites, its language and format", () => {
    const untso = { kind: "mission", id: "untso" } as const;
    expect(citeHref(untso, "en", "bibtex")).toBe("/data/cite/mission/untso.bib");
    expect(citeHref(untso, "nl", "ris")).toBe("/data/cite/mission/untso.nl.ris");
    expect(citeHref({ kind: "dataset" }, "en", "csl")).toBe("/data/cite/dataset.json");
  });

  it("reads every name it writes back to the same file", () => {
    for (const target of citeTargets(ds)) {
      for (const lang of ["en", "nl"] as const) {
        for (const format of ["bibtex", "ris", "csl"] as const) {
          expect(parseCiteSegments(citeSegments(target, lang, format))).toEqual({
            target,
            lang,
            format,
          });
        }
      }
    }
  });

  it("offers the dataset and every mission, group and source in 3 formats and 2 languages", () => {
    const count = 1 + ds.missions.length + ds.clusters.length + ds.sources.length;
    expect(citeFileSegments(ds)).toHaveLength(count * 6);
  });

  it("writes a mission's BibTeX, RIS and CSL-JSON in the language asked for", () => {
    const bib = citeFile(ds, ["mission", "untso.bib"]);
    expect(bib?.type).toMatch(/^application\/x-bibtex/);
    expect(bib?.body).toMatch(/^@/);
    expect(bib?.body).toContain("UNTSO");
    expect(citeFile(ds, ["mission", "untso.ris"])?.body).toMatch(/^TY {2}- /);
    const [en] = JSON.parse(citeFile(ds, ["mission", "untso.json"])?.body ?? "[]");
    const [nl] = JSON.parse(citeFile(ds, ["mission", "untso.nl.json"])?.body ?? "[]");
    expect(en.language).toBe("en");
    expect(nl.language).toBe("nl");
    expect(en.URL).toMatch(/\/en\/missions\/untso$/);
  });

  it("cites a source by its canonical identifier", () => {
    const letter = ds.sources.find((s) => s.identifier?.scheme === "kamerstuk");
    if (!letter) throw new Error("the dataset has no Kamerstuk");
    const [item] = JSON.parse(citeFile(ds, ["source", `${letter.id}.json`])?.body ?? "[]");
    expect(item.genre).toBe("Kamerstuk");
  });

  it("has no file for an unknown id, kind, format or a path that climbs", () => {
    for (const segments of [
      ["mission", "no-such-mission.bib"],
      ["organisation", "un.bib"],
      ["mission", "untso.pdf"],
      ["mission", "untso.de.bib"],
      ["..", "untso.bib"],
      ["mission", "..", "untso.bib"],
      ["other.bib"],
      [],
    ]) {
      expect(citeFile(ds, segments), segments.join("/")).toBeUndefined();
    }
  });

  it("renders the reference at build time, in English and Dutch", () => {
    const target = { kind: "mission", id: "untso" } as const;
    const en = citeView(ds, target, "en");
    const nl = citeView(ds, target, "nl");
    expect(en?.reference).toContain("UNTSO");
    expect(en?.reference).not.toBe(nl?.reference);
    expect(en).toMatchObject({ stem: "/data/cite/mission/untso", fileStem: "inzet-mission-untso" });
    expect(nl).toMatchObject({ stem: "/data/cite/mission/untso.nl" });
    expect(citeView(ds, target, "en", { withReference: false })?.reference).toBeUndefined();
  });

  it("offers in the browser the formats and endings the files are written in", () => {
    expect(CITE_FORMATS.map((f) => f.format)).toEqual([...CITATION_FORMATS]);
    for (const f of CITE_FORMATS) expect(f.extension).toBe(CITATION_FILES[f.format].extension);
  });
});
