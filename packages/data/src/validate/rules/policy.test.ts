import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadFiles } from "../../files.js";
import { syntheticDatasetInput } from "../../testing.js";
import type { IssueCode, Severity } from "../issue.js";
import { loadDataset } from "../load.js";

// biome-ignore lint/suspicious/noExplicitAny: tests poke at raw JSON deliberately
type Raw = any;

/** A valid base dataset: sources official, every date before every source's (1950s–2010s vs 2019). */
function base(): Raw {
  const ds: Raw = syntheticDatasetInput({ missions: 6, seed: 11 });
  for (const s of ds.sources) s.date = "2019-12-31";
  return ds;
}

function found(edit: (ds: Raw) => void): [IssueCode, Severity, string][] {
  const ds = base();
  edit(ds);
  const result = loadDataset(ds);
  const issues = result.ok ? result.warnings : result.issues;
  return issues.map((i) => [i.code, i.severity, i.path.join(".")]);
}

describe("the source policy", () => {
  it("finds nothing to say about the base dataset", () => {
    expect(found(() => {})).toEqual([]);
  });

  it.each<[string, (ds: Raw) => void, [IssueCode, Severity, string]]>([
    [
      "a Kamerstuk address with a crawl artefact in its path",
      (ds) => {
        ds.sources[0].identifier = { scheme: "kamerstuk", dossier: "29 521", number: "281" };
        ds.sources[0].url =
          "https://zoek.officielebekendmakingen.nl/stb-2022-270.html/kst-29521-281.html";
      },
      ["identifierUrl", "error", "sources.0.url"],
    ],
    [
      "an EU act cited on a mirror instead of EUR-Lex",
      (ds) => {
        ds.sources[0].identifier = { scheme: "celex", celex: "32013D0034" };
        ds.sources[0].url = "https://www.legislation.gov.uk/eudn/2013/34/contents/data.html";
      },
      ["identifierUrl", "error", "sources.0.url"],
    ],
    [
      "an ELI of another act than the CELEX number",
      (ds) => {
        ds.sources[0].identifier = {
          scheme: "celex",
          celex: "32013D0034",
          eli: "http://data.europa.eu/eli/dec/2013/87/oj",
        };
        delete ds.sources[0].url;
      },
      ["identifierUrl", "error", "sources.0.identifier.eli"],
    ],
    [
      "a UN press release whose address is another release's",
      (ds) => {
        ds.sources[0].identifier = { scheme: "unSymbol", symbol: "SC/11560" };
        ds.sources[0].url = "https://press.un.org/en/2014/sc11561.doc.htm";
      },
      ["identifierUrl", "error", "sources.0.url"],
    ],
    [
      "a mission's start resting only on a mirror copy",
      (ds) => {
        ds.sources.push({ ...ds.sources[0], id: "copy", publisherKind: "mirror" });
        ds.missions[1].start.citations = [{ source: "copy" }];
      },
      ["weakSupport", "error", "missions.1.start.citations"],
    ],
    [
      "a figure resting only on state-affiliated media",
      (ds) => {
        ds.sources.push({ ...ds.sources[0], id: "state-media", publisherKind: "stateAffiliated" });
        ds.figures[0].citation = { source: "state-media" };
      },
      ["weakSupport", "error", "figures.0.citation"],
    ],
    [
      "a legal basis resting on other press only",
      (ds) => {
        ds.sources.push({ ...ds.sources[0], id: "blog", publisherKind: "otherPress" });
        ds.missions[2].legalBasis[0].citations = [{ source: "blog" }];
      },
      ["officialExpected", "warning", "missions.2.legalBasis.0.citations"],
    ],
    [
      "an end date reported by a source written before it (a plan taken for a fact)",
      (ds) => {
        ds.sources.push({ ...ds.sources[0], id: "early", date: "2016-05" });
        ds.missions[3].netherlands.end = { value: "2016-09", citations: [{ source: "early" }] };
      },
      ["plannedAsActual", "warning", "missions.3.netherlands.end.status"],
    ],
    [
      "a figure dated after its source",
      (ds) => {
        ds.sources.push({ ...ds.sources[0], id: "early", date: "2011-01" });
        ds.figures[0].asOf = "2011-06";
        ds.figures[0].citation = { source: "early" };
      },
      ["plannedAsActual", "warning", "figures.0.status"],
    ],
  ])("reports %s", (_name, edit, expected) => {
    expect(found(edit)).toContainEqual(expected);
  });

  it("accepts a mirror beside an original, and a plan marked planned", () => {
    const issues = found((ds) => {
      ds.sources.push({ ...ds.sources[0], id: "copy", publisherKind: "mirror" });
      ds.missions[1].start.citations.push({ source: "copy" });
      ds.sources.push({ ...ds.sources[0], id: "early", date: "2016-05" });
      ds.missions[3].netherlands.end = {
        value: "2016-09",
        status: "planned",
        citations: [{ source: "early" }],
      };
    });
    expect(issues).toEqual([]);
  });

  it("keeps a dataset with warnings valid, and one with errors invalid", () => {
    const warned = base();
    warned.sources.push({ ...warned.sources[0], id: "blog", publisherKind: "otherPress" });
    warned.missions[0].legalBasis[0].citations = [{ source: "blog" }];
    expect(loadDataset(warned).ok).toBe(true);
    const wrong = base();
    wrong.sources.push({ ...wrong.sources[0], id: "copy", publisherKind: "mirror" });
    wrong.missions[0].kind.citations = [{ source: "copy" }];
    expect(loadDataset(wrong).ok).toBe(false);
  });

  it("locates a policy problem by file and line, with a fix in both languages", () => {
    const loaded = loadDataset(base());
    if (!loaded.ok) throw new Error("the base dataset is invalid");
    const ds = loaded.dataset;
    const source = {
      ...ds.sources[0],
      id: "kst-29521-281",
      identifier: { scheme: "kamerstuk", dossier: "29 521", number: "281" },
      url: "https://zoek.officielebekendmakingen.nl/stb-2022-270.html/kst-29521-281.html",
    };
    const text = stringify({ sources: [source] });
    const result = loadFiles([{ file: "data/sources.yaml", text }], { dataset: ds, name: "base" });
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues.find((i) => i.code === "identifierUrl");
    expect(issue?.file).toBe("data/sources.yaml");
    expect(issue?.line).toBe(text.split("\n").findIndex((l) => l.includes("url:")) + 1);
    expect(issue?.hint.en).toMatch(/accessedVia/);
    expect(issue?.hint.nl).toMatch(/accessedVia/);
  });
});
