import { describe, expect, it } from "vitest";
import { bundledDataset } from "../bundled.js";
import { EditionId, MissionId, SourceId } from "../model/ids.js";
import { missionFacts } from "../model/mission-facts.js";
import { formatBounds } from "../quantity/format.js";
import { clusterSummaries, clustersTotal } from "./clusters.js";
import { editionMissions } from "./editions.js";
import { figureForYear, figuresFor } from "./figures.js";
import { getMission } from "./lookup.js";
import { listMissions } from "./missions.js";
import { organisationBreakdown } from "./organisations.js";
import { citationLocator, formatCitation, sourceUsage } from "./sources.js";
import { timelineRows } from "./timeline.js";

const ds = bundledDataset();
const ids = (ms: { id: string }[]) => ms.map((m) => m.id);

describe("getMission", () => {
  it.each([
    ["untso", "untso"],
    ["UNTSO", "untso"],
    ["EUTM Somalië", "eutm-somalia"],
    ["eutm somalie", "eutm-somalia"],
    ["EUMAM CAR", "eumam-rca"],
    ["REFLECS", "reflecs3"],
    ["EUFOR", "eufor-althea"],
  ])("finds %s", (key, id) => {
    expect(getMission(ds, key)?.id).toBe(id);
  });

  it("finds nothing for an unknown name", () => {
    expect(getMission(ds, "MINURSO")).toBeUndefined();
  });
});

describe("listMissions", () => {
  it("filters by cluster, organisation, type and country", () => {
    expect(ids(listMissions(ds, { cluster: "balkans" }))).toEqual([
      "eufor-althea",
      "eulex-kosovo",
      "kfor",
    ]);
    expect(ids(listMissions(ds, { country: "xk" }))).toEqual(["eulex-kosovo", "kfor"]);
    expect(listMissions(ds, { organisation: "eu" }).every((m) => m.organisation === "eu")).toBe(
      true,
    );
    expect(listMissions(ds, { organisation: "eu" }).length).toBeGreaterThanOrEqual(6);
    expect(listMissions(ds, { type: "training" }).map((m) => m.acronym)).toContain("EUTM Mali");
    expect(listMissions(ds, { cluster: "balkans", organisation: "un" })).toEqual([]);
  });

  it("searches prefixes and both languages", () => {
    expect(ids(listMissions(ds, { search: "unt" }))[0]).toBe("untso");
    expect(ids(listMissions(ds, { search: "eutm s" }))[0]).toBe("eutm-somalia");
    expect(ids(listMissions(ds, { search: "Zuid-Soedan" }))).toContain("unmiss");
    expect(ids(listMissions(ds, { search: "South Sudan" }))).toContain("unmiss");
    expect(ids(listMissions(ds, { search: "Oekraïne" }))).toContain("osce-smm");
    expect(listMissions(ds, { search: "zzzzqqq" })).toEqual([]);
  });
});

describe("cluster summaries", () => {
  it("gives the letter's groups in its order with their missions", () => {
    const summaries = clusterSummaries(ds);
    expect(summaries.map((s) => s.missions.length)).toEqual([3, 3, 9, 1]);
    expect(summaries.map((s) => s.figure?.quantity.qualifier)).toEqual([
      "approximately",
      "approximately",
      "moreThan",
      "few",
    ]);
  });

  it("totals the groups as an interval, never as 70", () => {
    const total = clustersTotal(ds);
    expect(total).toMatchObject({ low: 73, high: null, approximate: true });
    expect(formatBounds(total)).toBe("≥ ≈ 73");
  });
});

describe("figures", () => {
  it("takes the UN's latest month-end total in 2014 over the year's rough figure and the letter's unknown", () => {
    const year = (id: string) => figureForYear(ds, { mission: MissionId.parse(id) }, 2014);
    expect(year("untso")).toMatchObject({
      id: "untso-un-2014-02-total",
      asOf: "2014-02-28",
      scope: "all",
      quantity: { qualifier: "exact", value: 13, basis: "deployed" },
    });
    expect(year("unmiss")).toMatchObject({
      id: "unmiss-un-2014-02-total",
      quantity: { qualifier: "exact", value: 26 },
    });
    expect(year("undof")?.id).toBe("undof-un-2014-02-total");
    expect(year("unama")?.id).toBe("unama-un-2014-02-total");
  });

  it("never lets the letter's unknowns or a plan be the year's figure where a count exists", () => {
    for (const id of ["untso", "undof", "unmiss", "unama"]) {
      const mission = MissionId.parse(id);
      const letter = figuresFor(ds, { mission }).find((f) => f.id === `${id}-2014-letter`);
      expect(letter?.quantity.qualifier, id).toBe("unknown");
      expect(figureForYear(ds, { mission }, 2014)?.id, id).not.toBe(letter?.id);
    }
    const unmiss = MissionId.parse("unmiss");
    expect(figuresFor(ds, { mission: unmiss }).some((f) => f.status === "planned")).toBe(true);
    expect(figureForYear(ds, { mission: unmiss }, 2011)?.status).not.toBe("planned");
    expect(figureForYear(ds, { mission: unmiss }, 2012)?.id).toBe("unmiss-un-2012-12-total");
  });

  it("never takes a plan, an offer or a cumulative total for the year's figure", () => {
    expect(
      figureForYear(ds, { mission: MissionId.parse("eutm-mali") }, 2014)?.quantity.qualifier,
    ).toBe("unknown");
    expect(
      figureForYear(ds, { mission: MissionId.parse("eulex-kosovo") }, 2014)?.quantity.qualifier,
    ).toBe("unknown");
    expect(
      figureForYear(ds, { mission: MissionId.parse("osce-smm") }, 2014)?.quantity,
    ).toMatchObject({
      qualifier: "exact",
      value: 3,
    });
  });

  it("keeps an undated change as a range over its period", () => {
    expect(
      figureForYear(ds, { mission: MissionId.parse("eufor-althea") }, 2014)?.quantity,
    ).toMatchObject({
      qualifier: "range",
      min: 3,
      max: 5,
    });
  });

  it("keeps an unknown figure unknown", () => {
    expect(
      figureForYear(ds, { mission: MissionId.parse("eumam-rca") }, 2014)?.quantity.qualifier,
    ).toBe("unknown");
  });

  it("has a figure for the letter's year for every mission of the 2014 evaluation", () => {
    for (const m of editionMissions(ds, EditionId.parse("evaluation-2014")))
      expect(figureForYear(ds, { mission: m.id }, 2014), m.id).toBeDefined();
  });
});

describe("breakdowns", () => {
  it("counts every mission once across organisations", () => {
    expect(organisationBreakdown(ds).reduce((n, s) => n + s.missions.length, 0)).toBe(
      ds.missions.length,
    );
  });

  it("orders the timeline by start, UNTSO (1948) first", () => {
    const rows = timelineRows(ds);
    expect(rows[0]?.mission.id).toBe("untso");
    expect(rows[0]?.start?.slice(0, 4)).toBe("1948");
    const starts = rows.map((r) => r.start ?? "9999");
    expect([...starts].sort()).toEqual(starts);
  });
});

describe("sources", () => {
  it("shows that the letter is cited for every mission", () => {
    const usage = sourceUsage(ds).find((u) => u.source.id === ds.meta.primarySource);
    expect(usage?.missions).toHaveLength(16);
  });

  it("counts a citation of the annex as a citation of the letter it is part of", () => {
    const letter = sourceUsage(ds).find((u) => u.source.id === "kst-29521-291");
    expect(letter?.missions).toHaveLength(16);
    expect(letter?.statements.length).toBeGreaterThan(6);
  });

  it("formats a citation a reader can follow, in both languages", () => {
    const citation = ds.clusters[0]?.citation;
    if (!citation) throw new Error("no cluster");
    expect(formatCitation(ds, citation, "nl")).toMatch(
      /, blz\. 45, hfst\. 8 Slotbeschouwing — .*Kamerstuk 29 521 nr\. 291/,
    );
    expect(formatCitation(ds, citation, "en")).toMatch(
      /, p\. 45, ch\. 8 Slotbeschouwing — .*Kamerstuk 29 521 no\. 291/,
    );
  });

  it("gives a locator in the reader's language, or as the source prints it", () => {
    const source = SourceId.parse("evaluatie-2014");
    const both = { source, locator: { en: "p. 45", nl: "blz. 45" } };
    expect([citationLocator(both, "en"), citationLocator(both, "nl")]).toEqual([
      "p. 45",
      "blz. 45",
    ]);
    const heading = { source, locator: "Bijlage 4" };
    expect([citationLocator(heading, "en"), citationLocator(heading, "nl")]).toEqual([
      "Bijlage 4",
      "Bijlage 4",
    ]);
    expect(
      citationLocator({ source } as { source: SourceId; locator?: string }, "nl"),
    ).toBeUndefined();
  });

  it("has no English locator words in Dutch citations", () => {
    const citations = [
      ...ds.missions.flatMap((m) => [
        ...m.citations,
        ...missionFacts(m).flatMap(({ fact }) => fact.citations),
      ]),
      ...ds.figures.map((f) => f.citation),
      ...ds.clusters.map((c) => c.citation),
      ...ds.statements.map((s) => s.citation),
      ...ds.considerations.map((c) => c.citation),
    ];
    const dutch = citations.map((c) => citationLocator(c, "nl")).filter(Boolean);
    expect(dutch.length).toBeGreaterThan(80);
    for (const locator of dutch)
      expect(locator).not.toMatch(
        /\b(p|ch|pp)\.|\b(section|entry|recitals|list of|chapter|page)\b/,
      );
  });
});
