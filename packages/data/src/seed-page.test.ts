import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "./bundled.js";
import type { Citation } from "./model/citation.js";
import { missionFacts } from "./model/mission-facts.js";
import { letterFigure } from "./query/clusters.js";
import { getMission } from "./query/lookup.js";

// The seed page, kept in the repository next to the data it is the source of.
const raw = readFileSync(new URL("../data/sources/kst-29521-291-p45.txt", import.meta.url), "utf8");
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const page = flat(raw);
const ds = bundledDataset();
const primary = ds.meta.primarySource;

function allCitations(): Citation[] {
  return [
    ...ds.missions.flatMap((m) => [
      ...m.citations,
      ...missionFacts(m).flatMap((f) => f.fact.citations),
    ]),
    ...ds.figures.map((f) => f.citation),
    ...ds.clusters.map((c) => c.citation),
    ...ds.considerations.map((c) => c.citation),
    ...ds.statements.map((s) => s.citation),
  ];
}

// "(ongeveer tien functionarissen in EUFOR, EULEX, KFOR)": the page's own groups, read from the page.
const groups = [...page.matchAll(/\((\S+ \S+) functionarissen in ([^)]+)\)/g)].map((m) => ({
  wording: m[1] as string,
  names: (m[2] as string).split(",").map((s) => s.trim()),
}));

describe("the seed page (Kamerstuk 29 521 nr. 291, annex p. 45)", () => {
  it("is read as three groups of named missions plus the OSCE observers", () => {
    expect(groups.map((g) => g.wording)).toEqual([
      "ongeveer tien",
      "ongeveer twintig",
      "ruim veertig",
    ]);
    expect(groups.flatMap((g) => g.names)).toHaveLength(15);
    expect(page).toContain(
      "enkele functionarissen op dit moment als waarnemer deel aan de OVSE-missie in Oekraïne",
    );
  });

  it("has every mission it names in the dataset, in the group it names it in", () => {
    for (const [i, group] of groups.entries()) {
      const cluster = [...ds.clusters].sort((a, b) => a.order - b.order)[i];
      for (const name of group.names) {
        const mission = getMission(ds, name);
        expect(mission, name).toBeDefined();
        expect(cluster?.missions, name).toContain(mission?.id);
      }
    }
    const osce = getMission(ds, "OVSE-missie in Oekraïne");
    expect(osce).toBeDefined();
    expect(ds.clusters.find((c) => c.relation === "addition")?.missions).toEqual([osce?.id]);
    // The page names 16 missions; the dataset holds them as the 2014 edition's groups.
    expect(
      ds.clusters.filter((c) => c.edition === "evaluation-2014").flatMap((c) => c.missions),
    ).toHaveLength(16);
  });

  it("has each group's figure exactly as worded", () => {
    const expected = [
      ["ongeveer tien", "approximately", 10],
      ["ongeveer twintig", "approximately", 20],
      ["ruim veertig", "moreThan", 40],
      ["enkele", "few", undefined],
    ] as const;
    const clusters = [...ds.clusters].sort((a, b) => a.order - b.order);
    expect(clusters).toHaveLength(4);
    clusters.forEach((cluster, i) => {
      const [wording, qualifier, value] = expected[i] as (typeof expected)[number];
      const figure = letterFigure(ds, cluster.id);
      expect(figure?.quantity.qualifier, cluster.id).toBe(qualifier);
      expect(figure?.quantity.wording).toEqual({ text: wording, lang: "nl" });
      if (value !== undefined) expect(figure?.quantity).toMatchObject({ value });
      expect(figure?.citation.source).toBe(primary);
    });
  });

  it("has the six considerations, each quoted from the page", () => {
    const terms = [
      "duur van de inzet",
      "regionale focus en clustering",
      "politiek belang",
      "bondgenootschappelijke verplichtingen",
      "bedrijfsvoeringslast",
      "toegevoegde waarde van een Nederlandse bijdrage",
    ];
    const considerations = [...ds.considerations].sort((a, b) => a.order - b.order);
    expect(considerations).toHaveLength(6);
    for (const term of terms) expect(page).toContain(term);
    considerations.forEach((c, i) => {
      expect(c.citation.source).toBe(primary);
      expect(flat(c.citation.quote?.text ?? "")).toContain(terms[i]);
    });
  });

  it("has motives and benefits of small contributions", () => {
    expect(ds.statements.filter((s) => s.kind === "motive").length).toBeGreaterThanOrEqual(3);
    expect(ds.statements.filter((s) => s.kind === "benefit").length).toBeGreaterThanOrEqual(4);
  });

  it("quotes the page only with words that stand on it", () => {
    const quotes = allCitations().filter((c) => c.source === primary && c.quote);
    expect(quotes.length).toBeGreaterThan(20);
    for (const c of quotes) {
      expect(c.quote?.lang).toBe("nl");
      expect(page, c.quote?.text).toContain(flat(c.quote?.text ?? ""));
      expect(c.translation?.lang).toBe("en");
    }
  });

  it("represents every statement of the page with a quote", () => {
    const quoted = allCitations()
      .filter((c) => c.source === primary && c.quote)
      .map((c) => flat(c.quote?.text ?? ""));
    const body = page.slice(page.indexOf("In deze brief"), page.indexOf("Pagina 45"));
    const sentences = body
      .split(/(?<=[.])\s+(?=[A-Z])/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    expect(sentences.length).toBeGreaterThan(15);
    for (const sentence of sentences) {
      // Share of the sentence's characters that some quote reproduces: most of it, not one word.
      const marked = new Array<boolean>(sentence.length).fill(false);
      for (const q of quoted.map((text) => text.replace(/[.]$/, ""))) {
        if (q.includes(sentence.replace(/[.]$/, ""))) marked.fill(true);
        for (
          let at = sentence.indexOf(q);
          q.length > 0 && at >= 0;
          at = sentence.indexOf(q, at + 1)
        ) {
          marked.fill(true, at, at + q.length);
        }
      }
      const coverage = marked.filter(Boolean).length / sentence.length;
      expect(coverage, sentence).toBeGreaterThan(0.6);
    }
  });
});
