import { Cite } from "@citation-js/core";
import { canonicalUrl, type Dataset, getMission } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { siteLinks } from "../site.js";
import { bundledDataset, rich } from "../test/datasets.js";
import { type CslItem, cslCluster, cslDataset, cslMission, cslSource } from "./csl.js";
import { formatCitations } from "./formats.js";
import { referenceText } from "./text.js";

const links = siteLinks("https://inzet.example/");

/** Every citable item of a dataset: itself, each source, each mission. */
function everyItem(ds: Dataset): CslItem[] {
  return [
    cslDataset(ds, { links }),
    ...ds.sources.map((s) => cslSource(ds, s)),
    ...ds.missions.map((m) => cslMission(ds, m, { links })),
    ...ds.clusters.map((c) => cslCluster(ds, c, { links })),
  ];
}

/** What must survive a trip through a reference manager's format. */
function essentials(item: Record<string, unknown>) {
  const text = ["DOI", "number", "note"].map((k) => String(item[k] ?? "")).join(" ");
  return {
    title: item.title,
    // citation-js's BibTeX reader encodes the % of a verbatim url again (%2C → %252C).
    URL: typeof item.URL === "string" ? item.URL.replaceAll("%25", "%") : item.URL,
    identified: text,
  };
}

/** The original's identifier (DOI or number) is in what was read back (DOI, number or note). */
function survives(original: CslItem, back: Record<string, unknown>) {
  const id = original.DOI ?? original.number;
  const b = essentials(back);
  return {
    // citation-js writes "…" in BibTeX as "...".
    title: typeof b.title === "string" ? b.title.replaceAll("...", "…") : b.title,
    URL: b.URL,
    identifier: id === undefined || b.identified.includes(String(id)) ? "kept" : b.identified,
  };
}

const expected = (original: CslItem) => ({
  title: original.title.replaceAll("...", "…"),
  URL: original.URL,
  identifier: "kept",
});

describe.each([
  ["the bundled dataset", () => bundledDataset()],
  ["a rich synthetic dataset", () => rich(10, 5)],
])("citations of %s", (_name, make) => {
  const ds = make();
  const items = everyItem(ds);

  it.each(["bibtex", "ris"] as const)(
    "read back from %s give the same titles and identifiers",
    (format) => {
      const back = new Cite(formatCitations(items, format)).data as Record<string, unknown>[];
      expect(back.map((b, i) => survives(items[i] as CslItem, b))).toEqual(items.map(expected));
    },
  );

  it("are valid CSL-JSON that citation-js reads as it is", () => {
    const text = formatCitations(items, "csl");
    const back = new Cite(JSON.parse(text)).data as Record<string, unknown>[];
    expect(back.map((b, i) => survives(items[i] as CslItem, b))).toEqual(items.map(expected));
  });
});

describe("a source's citation", () => {
  const ds = bundledDataset();

  it("names a Kamerstuk by dossier and number, at its official address", () => {
    const letter = ds.sources.find((s) => s.id === "kst-29521-291");
    expect(letter).toBeDefined();
    if (!letter) return;
    const item = cslSource(ds, letter, { lang: "nl" });
    expect(item).toMatchObject({
      genre: "Kamerstuk",
      number: "29 521 nr. 291",
      URL: "https://zoek.officielebekendmakingen.nl/kst-29521-291.html",
      issued: { "date-parts": [[2015, 5, 20]] },
    });
    expect(formatCitations([item], "bibtex")).toMatch(/number = \{29 521 nr\. 291\}/);
  });

  it("uses the canonical address, never a copy it was read in", () => {
    const ds2 = rich(10, 3);
    for (const s of ds2.sources) expect(cslSource(ds2, s).URL).toBe(canonicalUrl(s));
    const copied = ds2.sources.filter((s) => s.accessedVia);
    expect(copied.length).toBeGreaterThan(0);
    const text = formatCitations(
      copied.map((s) => cslSource(ds2, s)),
      "ris",
    );
    expect(text).not.toMatch(/mirror\.example|archive\.example/);
  });

  it("carries a DOI, a CELEX number and a UN symbol where the source has one", () => {
    const ds2 = rich(10, 3);
    const bib = formatCitations(
      ds2.sources.map((s) => cslSource(ds2, s)),
      "bibtex",
    );
    expect(bib).toMatch(/doi = \{10\.1234\/inzet\.\d+\}/);
    expect(bib).toMatch(/note = \{CELEX 3201\dD\d{4}\}/);
    expect(bib).toMatch(/number = \{S\/RES\/\d+ \(2014\)\}/);
  });
});

describe("a mission's citation", () => {
  it("is the dataset's entry for it, on the dashboard, resting on the primary source", () => {
    const ds = bundledDataset();
    const m = getMission(ds, "untso");
    if (!m) throw new Error("no UNTSO in the bundled dataset");
    const item = cslMission(ds, m, { links, lang: "nl" });
    expect(item).toMatchObject({
      type: "dataset",
      title: `UNTSO: ${m.name.nl}`,
      "container-title": ds.meta.title.nl,
      URL: "https://inzet.example/nl/missions/untso",
      version: ds.meta.version,
    });
    expect(item.note).toMatch(/Gebaseerd op .*Kamerstuk 29 521 nr\. 291/);
  });
});

describe("referenceText", () => {
  it("gives an APA reference in English and Dutch", () => {
    const ds = bundledDataset();
    const item = cslDataset(ds, { links });
    expect(referenceText(item, "en")).toContain(ds.meta.title.en);
    expect(referenceText(cslDataset(ds, { links, lang: "nl" }), "nl")).toContain(ds.meta.title.nl);
  });
});

describe("RIS output", () => {
  it("keeps a long title and address on one line each", () => {
    const url = `https://example.org/${"a-long-path-segment/".repeat(8)}`;
    const title =
      "A title of exactly one hundred and forty characters, so the wrapping ends it with a line break of its own, which must go as well. Yes, gone.";
    const text = formatCitations([{ id: "x", type: "webpage", title, URL: url }], "ris");
    expect(text).toContain(`TI  - ${title}\n`);
    expect(text).toContain(`UR  - ${url}\n`);
    expect(text.split("\n").every((line) => line === "" || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(
      true,
    );
  });
});

describe("a group's citation", () => {
  it("is the dataset's entry for it, on the dashboard's group page", () => {
    const ds = bundledDataset();
    const balkans = ds.clusters.find((c) => c.id === "balkans");
    if (!balkans) throw new Error("no balkans group");
    expect(cslCluster(ds, balkans, { links })).toMatchObject({
      type: "dataset",
      title: balkans.name.en,
      URL: "https://inzet.example/en/clusters/balkans",
    });
  });
});
