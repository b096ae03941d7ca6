import { bundledDataset, sourceUsage } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { makeView } from "../output/view.js";
import { syntheticDataset } from "../test/synthetic.js";
import { sourcesView } from "./sources.js";

describe("sourcesView", () => {
  it("counts the items that cite each source", () => {
    const ds = syntheticDataset(20);
    const text = sourcesView(ds, makeView("en"));
    for (const { source, missions, figures, clusters, statements } of sourceUsage(ds)) {
      const count = missions.length + figures.length + clusters.length + statements.length;
      expect(text).toMatch(
        new RegExp(`^${source.id} .*official primary source .* ${count}  +${source.url}$`, "m"),
      );
    }
    expect(text).toContain("2 sources");
  });

  it("names the Kamerstuk of the letter in the bundled dataset", () => {
    const text = sourcesView(bundledDataset(), makeView("nl"));
    expect(text).toMatch(/Kamerstuk 29 521 nr\. 291/);
    expect(text).toMatch(
      /^Id +Titel +Uitgever +Soort uitgever +Datum +Geciteerd door +Vindplaats$/m,
    );
  });
});
