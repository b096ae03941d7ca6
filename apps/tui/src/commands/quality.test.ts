import { qualityReport } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { makeView } from "../output/view.js";
import { syntheticDataset } from "../test/synthetic.js";
import { qualityJson, qualityView } from "./quality.js";

// biome-ignore lint/suspicious/noExplicitAny: the fixture is edited as raw JSON
const weakened = syntheticDataset(6, (input: any) => {
  input.sources.push({ ...input.sources[0], id: "blog", publisherKind: "otherPress" });
  input.missions[0].kind.citations = [{ source: "blog", quote: { text: "militair", lang: "nl" } }];
  input.missions[0].description.unverified = true;
});

describe("inzet quality", () => {
  it("gives the overall tallies and a row per mission, from the data", () => {
    const text = qualityView(weakened, makeView("en"));
    const { facts } = qualityReport(weakened);
    expect(text).toContain(`Facts about the missions: ${facts.facts}`);
    expect(text).toContain(`with the source's own words ${facts.quoted}`);
    expect(text).toContain("other press 1");
    const first = weakened.missions[0];
    expect(text).toMatch(new RegExp(`^${first?.acronym} .* 1$`, "m"));
  });

  it("speaks Dutch", () => {
    const text = qualityView(weakened, makeView("nl"));
    expect(text).toContain("Datakwaliteit: waar elke bewering op rust");
    expect(text).toMatch(/^Missie +Feiten +Geciteerd +Officieel/m);
    expect(text).toContain("overige pers 1");
  });

  it("writes the report as JSON with missions by id", () => {
    const json = JSON.parse(qualityJson(weakened)) as { missions: { mission: string }[] };
    expect(json.missions.map((m) => m.mission)).toEqual(weakened.missions.map((m) => m.id));
  });
});
