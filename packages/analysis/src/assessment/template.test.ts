import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { assessmentTemplate } from "./template.js";

const ds = bundledDataset();
const text = assessmentTemplate(ds);

describe("assessmentTemplate", () => {
  it("lists every contribution × consideration, in the letter's order, with nothing rated", () => {
    const entries = [...text.matchAll(/- contribution: (\S+)\n\s+consideration: (\S+)/g)];
    // The letter's sixteen, not the UN missions of other years the dataset also holds.
    expect(entries).toHaveLength(16 * ds.considerations.length);
    expect(entries.map((e) => e[1])).not.toContain("minusma");
    expect(entries[0]?.slice(1)).toEqual(["eufor-althea", "consideration-duration"]);
    expect(text.match(/rating: null/g)).toHaveLength(entries.length);
    expect(text).not.toMatch(/rating: \d/);
  });

  it("explains the fields in English and Dutch, and names each contribution and consideration", () => {
    expect(text).toContain("# EN: Your judgement of each Dutch contribution");
    expect(text).toContain("# NL: Uw oordeel over elke Nederlandse bijdrage");
    expect(text).toContain("# UNTSO — United Nations Truce Supervision Organization");
    expect(text).toContain("# Duration of the deployment / Duur van de inzet");
    expect(text).toContain(
      '{ value: 1, label: { en: "strongly against keeping it", nl: "sterk tegen voortzetting" } }',
    );
  });

  it("is the same text for the same dataset", () => {
    expect(assessmentTemplate(ds)).toBe(text);
  });
});
