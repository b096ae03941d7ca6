import { loadFiles } from "@inzet/data/files";
import { syntheticDatasetInput } from "@inzet/data/testing";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { makeView } from "../output/view.js";
import { dataFileNames, validateReport } from "./validate.js";

const input = syntheticDatasetInput({ missions: 3, seed: 3 });

describe("dataFileNames", () => {
  it("keeps YAML and JSON files, sorted", () => {
    expect(dataFileNames(["b.yml", "notes.txt", "a.yaml", "c.JSON", "x.yaml.bak"])).toEqual([
      "a.yaml",
      "b.yml",
      "c.JSON",
    ]);
  });
});

describe("validateReport", () => {
  it("summarises a valid dataset", () => {
    const report = validateReport(
      loadFiles([{ file: "all.yaml", text: stringify(input) }]),
      1,
      makeView("en"),
    );
    const figures = (input.figures as unknown[]).length;
    expect(report).toEqual({
      ok: true,
      text: `OK: 1 file, 3 missions, ${figures} figures, 1 source.\n`,
    });
  });

  it("locates each issue by file, line and JSON path, with a fix", () => {
    const broken = structuredClone(input) as { figures: { quantity: Record<string, unknown> }[] };
    const first = broken.figures[0];
    if (first) first.quantity = { qualifier: "about", value: 10 };
    const text = stringify(broken);
    const report = validateReport(loadFiles([{ file: "data/all.yaml", text }]), 1, makeView("en"));
    expect(report.ok).toBe(false);
    const line = text.split("\n").findIndex((l) => l.includes("qualifier: about")) + 1;
    expect(report.text).toMatch(
      new RegExp(`^data/all\\.yaml:${line}  figures\\[0\\]\\.quantity\\.qualifier$`, "m"),
    );
    expect(report.text).toMatch(/^ {2}fix: /m);
    expect(report.text).toMatch(/problems? in 1 file: the dataset is not valid\.\n$/);
  });

  it("reports in Dutch", () => {
    const report = validateReport(loadFiles([{ file: "x.json", text: "{" }]), 1, makeView("nl"));
    expect(report.text).toMatch(/^x\.json(:\d+)? {2}\(root\)\n {2}Het bestand is niet leesbaar/m);
    expect(report.text).toMatch(/oplossing: Herstel/);
    expect(report.text).toMatch(/1 probleem in 1 bestand: de dataset is niet geldig\./);
  });
});
