import { describe, expect, it } from "vitest";
import { syntheticDatasetInput } from "../testing.js";
import type { IssueCode } from "./issue.js";
import { loadDataset } from "./load.js";

// biome-ignore lint/suspicious/noExplicitAny: tests poke at raw JSON deliberately
type Raw = any;

function issuesAfter(edit: (ds: Raw) => void): [IssueCode, string][] {
  const ds: Raw = syntheticDatasetInput({ missions: 12, seed: 3 });
  edit(ds);
  const result = loadDataset(ds);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join(".")]);
}

describe("cross-reference rules", () => {
  it("accepts the unedited synthetic dataset", () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it.each<[string, (ds: Raw) => void, [IssueCode, string]]>([
    [
      "a duplicate mission id",
      (ds) => {
        ds.missions[1].id = ds.missions[0].id;
        ds.missions[1].acronym = "Other";
        ds.missions[1].aliases = [];
      },
      ["duplicateId", "missions.1.id"],
    ],
    [
      "a citation of a source that does not exist",
      (ds) => {
        ds.missions[2].start.citations[0].source = "nowhere";
      },
      ["unknownReference", "missions.2.start.citations.0.source"],
    ],
    [
      "a figure citing an unknown source",
      (ds) => {
        ds.figures[0].citation.source = "nowhere";
      },
      ["unknownReference", "figures.0.citation.source"],
    ],
    [
      "an unknown organisation",
      (ds) => {
        ds.missions[0].organisation = "nobody";
      },
      ["unknownReference", "missions.0.organisation"],
    ],
    [
      "an unknown primary source",
      (ds) => {
        ds.meta.primarySource = "nowhere";
      },
      ["unknownReference", "meta.primarySource"],
    ],
    [
      "a cluster naming an unknown mission",
      (ds) => {
        ds.clusters[0].missions.push("ghost");
      },
      ["unknownReference", `clusters.0.missions.${3}`],
    ],
    [
      "a mission in two clusters",
      (ds) => {
        ds.clusters[1].missions.push(ds.clusters[0].missions[0]);
      },
      ["clusterMembership", "clusters.1.missions.3"],
    ],
    [
      "a cluster of an edition that does not exist",
      (ds) => {
        ds.clusters[0].edition = "evaluation-1999";
      },
      ["unknownReference", "clusters.0.edition"],
    ],
    [
      "an edition whose letter is not a source",
      (ds) => {
        ds.editions[0].letter = "nowhere";
      },
      ["unknownReference", "editions.0.letter"],
    ],
    [
      "a second edition for the same year",
      (ds) => {
        ds.editions.push({ ...ds.editions[0], id: "another" });
      },
      ["duplicateId", "editions.1.reportingYear"],
    ],
    [
      "an edition covering a mission that does not exist",
      (ds) => {
        ds.editions[0].covers = [{ mission: "nowhere", citation: { source: "source-0" } }];
      },
      ["unknownReference", "editions.0.covers.0.mission"],
    ],
    [
      "two counts of the same year and kind",
      (ds) => {
        const count = { year: 2014, kind: "military", count: { qualifier: "exact", value: 13 } };
        ds.missionCounts = [
          { ...count, id: "a", citation: { source: "source-0" } },
          { ...count, id: "b", citation: { source: "source-0" } },
        ];
      },
      ["duplicateId", "missionCounts.1.year"],
    ],
    [
      "a figure with both mission and cluster",
      (ds) => {
        ds.figures[0].cluster = ds.clusters[0].id;
      },
      ["figureSubject", "figures.0"],
    ],
    [
      "a figure with neither mission nor cluster",
      (ds) => {
        delete ds.figures[0].mission;
      },
      ["figureSubject", "figures.0"],
    ],
    [
      "a mission ending before it starts",
      (ds) => {
        ds.missions[0].start.value = "2010";
        ds.missions[0].end = { value: "2009-12", citations: ds.missions[0].start.citations };
      },
      ["dateOrder", "missions.0.end.value"],
    ],
    [
      "Dutch participation before the mission",
      (ds) => {
        ds.missions[0].start.value = "2010";
        ds.missions[0].netherlands.start.value = "2009";
      },
      ["dateOrder", "missions.0.netherlands.start.value"],
    ],
    [
      "a period ending before it starts",
      (ds) => {
        ds.figures[0].asOf = { from: "2014-05", to: "2014-04" };
      },
      ["dateOrder", "figures.0.asOf.to"],
    ],
    [
      "an invented country code",
      (ds) => {
        ds.missions[0].area.value.countries = ["QQ"];
      },
      ["countryCode", "missions.0.area.value.countries.0"],
    ],
    [
      "placeholder coordinates",
      (ds) => {
        ds.missions[0].headquarters[0].value.coordinates.value = { lat: 0, lon: 0 };
      },
      ["coordinates", "missions.0.headquarters.0.value.coordinates.value"],
    ],
    [
      "an uncited fact not marked unverified",
      (ds) => {
        ds.missions[0].kind.citations = [];
      },
      ["uncitedFact", "missions.0.kind"],
    ],
    [
      "a source a reader cannot find",
      (ds) => {
        delete ds.sources[0].url;
      },
      ["unlocatableSource", "sources.0"],
    ],
    [
      "a source that is part of itself",
      (ds) => {
        ds.sources[0].partOf = ds.sources[0].id;
      },
      ["sourceCycle", "sources.0.partOf"],
    ],
    [
      "an alias naming two missions",
      (ds) => {
        ds.missions[1].aliases = [ds.missions[0].acronym];
      },
      ["ambiguousName", "missions.1.aliases.0"],
    ],
    [
      "two considerations with the same order",
      (ds) => {
        ds.considerations[1].order = 1;
      },
      ["duplicateOrder", "considerations.1.order"],
    ],
  ])("reports %s", (_, edit, expected) => {
    expect(issuesAfter(edit)).toContainEqual(expected);
  });

  it("accepts a mission in no cluster (the UN missions outside the letter's groups), and in two editions' groups", () => {
    expect(
      issuesAfter((ds) => {
        ds.clusters[0].missions.shift();
      }),
    ).toEqual([]);
    expect(
      issuesAfter((ds) => {
        ds.editions.push({ ...ds.editions[0], id: "synthetic-2015", reportingYear: 2015 });
        ds.clusters.push({ ...ds.clusters[0], id: "later", edition: "synthetic-2015" });
      }),
    ).toEqual([]);
  });

  it("accepts a fact without citations when it is marked unverified", () => {
    expect(
      issuesAfter((ds) => {
        ds.missions[0].kind = { value: "military", citations: [], unverified: true };
      }),
    ).toEqual([]);
  });

  it("still reports the broken references of an item that fails the schema", () => {
    const issues = issuesAfter((ds) => {
      ds.missions[0].kind = "not a fact";
      ds.missions[0].organisation = "nobody";
      ds.missions[0].start.citations[0].source = "nowhere";
    });
    expect(issues).toContainEqual(["schema", "missions.0.kind"]);
    expect(issues).toContainEqual(["unknownReference", "missions.0.organisation"]);
    expect(issues).toContainEqual(["unknownReference", "missions.0.start.citations.0.source"]);
  });

  it("reports a malformed reference once, as a schema problem", () => {
    const issues = issuesAfter((ds) => {
      ds.missions[0].organisation = "Not A Slug";
    });
    expect(issues).toEqual([["schema", "missions.0.organisation"]]);
  });

  it("does not cascade: an invalid mission's id still counts as known", () => {
    const issues = issuesAfter((ds) => {
      ds.missions[0].kind = "not a fact";
    });
    expect(issues).toEqual([["schema", "missions.0.kind"]]);
  });
});
