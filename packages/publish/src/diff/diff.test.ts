import type { Dataset } from "@inzet/data";
import { propertyRuns } from "@inzet/vitest-config/property-runs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset, parsed, richInput } from "../test/datasets.js";
import { applyDiff } from "./apply.js";
import { diffDatasets } from "./diff.js";
import { diffToJson, diffToText } from "./render.js";

// biome-ignore lint/suspicious/noExplicitAny: the edits change plain JSON in place
type Json = Record<string, any>;

/** Collections in id order: applying adds new items at the end, so compare them as sets. */
function normalised(ds: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(ds)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(copy))
    if (Array.isArray(v)) copy[k] = [...v].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return copy;
}

const edited = (seed: number, edit: (input: Json) => void): Dataset => {
  const input = richInput(8, seed);
  edit(input);
  return parsed(input);
};

// Edits a reviewer meets in a data update, each valid on its own.
const EDITS: Record<string, (input: Json) => void> = {
  startDate: (d) => {
    d.missions[0].start.value = "1940-03";
  },
  citationAdded: (d) => {
    d.missions[1].kind.citations.unshift({ source: "source-1", locator: "p. 99" });
  },
  citationRemoved: (d) => {
    d.missions[2].citations.pop();
  },
  citationsReordered: (d) => {
    d.missions[3].citations.reverse();
  },
  figureChanged: (d) => {
    d.figures[0].quantity = {
      qualifier: "approximately",
      value: 12,
      wording: { text: "ongeveer twaalf", lang: "nl" },
    };
  },
  figureRemoved: (d) => {
    d.figures.splice(1, 1);
  },
  sourceRetitled: (d) => {
    d.sources[0].title = "A better title";
  },
  noteAdded: (d) => {
    d.missions[4].description.note = { en: "Checked again", nl: "Opnieuw nagekeken" };
  },
  roleAdded: (d) => {
    d.missions[5].netherlands.roles.push({
      value: { en: "Trainer", nl: "Trainer" },
      citations: [{ source: "source-0" }],
    });
  },
  aliasesChanged: (d) => {
    d.missions[6].aliases = ["Another name"];
  },
  metaVersion: (d) => {
    d.meta.version = "next";
  },
  statementReworded: (d) => {
    d.statements[0].text.en = "Reworded.";
  },
  editionRedated: (d) => {
    d.editions[1].date.value = "2016-06-02";
  },
  editionDateCited: (d) => {
    d.editions[1].date.citations.push({ source: "source-2", locator: "p. 2" });
  },
  coverageAdded: (d) => {
    d.editions[1].covers.unshift({ mission: "mission-5", citation: { source: "source-1" } });
  },
  coverageRemoved: (d) => {
    d.editions[1].covers.pop();
  },
  coverageReordered: (d) => {
    d.editions[1].covers.reverse();
  },
  coverageRecited: (d) => {
    d.editions[1].covers[0].citation = { source: "source-0", locator: "p. 1" };
  },
  editionAdded: (d) => {
    d.editions.push({
      id: "synthetic-2017",
      reportingYear: 2017,
      title: { en: "Evaluation 2017", nl: "Evaluatie 2017" },
      letter: "source-1",
      covers: [{ mission: "mission-3", citation: { source: "source-3" } }],
    });
  },
  groupMovedToAnotherEdition: (d) => {
    d.clusters.find((c: Json) => c.id === "later-group").edition = "synthetic-2016";
  },
  countChanged: (d) => {
    d.missionCounts[1].count = { qualifier: "exact", value: 7 };
  },
  countRemoved: (d) => {
    d.missionCounts.splice(2, 1);
  },
};

describe("diffDatasets", () => {
  it("finds nothing between a dataset and itself", () => {
    const ds = bundledDataset();
    expect(diffDatasets(ds, ds).changes).toEqual([]);
    expect(diffDatasets(ds, structuredClone(ds)).changes).toEqual([]);
  });

  it("describes every change exactly: applied to the old version it gives the new one", () => {
    const names = Object.keys(EDITS);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.subarray(names, { minLength: 1 }),
        (seed, chosen) => {
          const a = edited(seed, () => {});
          const b = edited(seed, (d) => {
            for (const name of chosen) EDITS[name]?.(d);
          });
          const diff = diffDatasets(a, b);
          expect(diff.changes.length).toBeGreaterThan(0);
          expect(normalised(applyDiff(a, diff))).toEqual(normalised(b));
          // And nothing more: the reverse diff undoes it.
          expect(normalised(applyDiff(b, diffDatasets(b, a)))).toEqual(normalised(a));
        },
      ),
      { numRuns: propertyRuns(60) },
    );
  });

  it("shows an added mission as one addition, with its citations", () => {
    const a = edited(3, () => {});
    const b = edited(3, (d) => {
      const extra = structuredClone(d.missions[0]);
      extra.id = "mission-new";
      extra.acronym = "NEW";
      extra.aliases = [];
      d.missions.push(extra);
      d.clusters[0].missions.push("mission-new");
    });
    const missions = diffDatasets(a, b).changes.filter((c) => c.path[0] === "missions");
    expect(missions).toHaveLength(1);
    expect(missions[0]).toMatchObject({ type: "added", at: "missions[id=mission-new]" });
    expect(missions[0]?.citations.new.length).toBeGreaterThan(3);
  });

  it("names a changed fact by its path, with old and new value and the fact's citations", () => {
    const a = edited(4, () => {});
    const b = edited(4, EDITS.startDate ?? (() => {}));
    const [change] = diffDatasets(a, b).changes;
    expect(change).toMatchObject({
      type: "changed",
      at: "missions[id=mission-0].start.value",
      old: a.missions[0]?.start?.value,
      new: "1940-03",
    });
    expect(change?.citations.new).toEqual(b.missions[0]?.start?.citations);
  });

  it("shows one inserted citation as one addition, not a shift of the others", () => {
    const a = edited(5, () => {});
    const b = edited(5, EDITS.citationAdded ?? (() => {}));
    expect(diffDatasets(a, b).changes.map((c) => [c.type, c.at])).toEqual([
      ["added", "missions[id=mission-1].kind.citations[0]"],
    ]);
  });

  it("shows one inserted coverage as one addition, with its citation, and a count as one value", () => {
    const a = edited(5, () => {});
    const b = edited(5, (d) => {
      EDITS.coverageAdded?.(d);
      EDITS.countChanged?.(d);
    });
    const changes = diffDatasets(a, b).changes;
    expect(changes.map((c) => [c.type, c.at])).toEqual([
      ["added", "editions[id=synthetic-2015].covers[0]"],
      ["changed", "missionCounts[id=missions-2008-military].count"],
    ]);
    expect(changes[0]?.citations.new).toEqual([{ source: "source-1" }]);
    expect(changes[1]?.citations.new).toEqual([b.missionCounts[1]?.citation]);
  });

  it("names a changed edition date and a coverage's citation by their paths", () => {
    const a = edited(8, () => {});
    const b = edited(8, (d) => {
      EDITS.editionRedated?.(d);
      EDITS.coverageRecited?.(d);
    });
    const changes = diffDatasets(a, b).changes;
    expect(changes.map((c) => [c.type, c.at])).toEqual([
      ["changed", "editions[id=synthetic-2015].date.value"],
      ["changed", "editions[id=synthetic-2015].covers[0].citation"],
    ]);
    expect(changes[0]?.citations.new).toEqual(b.editions[1]?.date?.citations);
  });

  it("gives the same diff, in the same order, every time", () => {
    const a = edited(6, () => {});
    const b = edited(6, (d) => {
      for (const edit of Object.values(EDITS)) edit(d);
    });
    expect(diffToJson(diffDatasets(a, b))).toBe(diffToJson(diffDatasets(a, b)));
  });
});

describe("diffToText", () => {
  it("lists changes with signs and a total, in English and Dutch", () => {
    const a = edited(7, () => {});
    const b = edited(7, (d) => {
      EDITS.startDate?.(d);
      EDITS.figureRemoved?.(d);
    });
    const diff = diffDatasets(a, b);
    const en = diffToText(diff, "en");
    expect(en).toContain('~ missions[id=mission-0].start.value: "');
    expect(en).toMatch(/^- figures\[id=figure-0-1\]: /m);
    expect(en).toContain("2 changes: 0 added, 1 removed, 1 changed.");
    expect(diffToText(diff, "nl")).toContain(
      "2 wijzigingen: 0 toegevoegd, 1 verwijderd, 1 gewijzigd.",
    );
    expect(diffToText(diffDatasets(a, a), "nl")).toBe("Geen verschillen.\n");
  });
});
