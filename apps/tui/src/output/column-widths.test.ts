import { describe, expect, it } from "vitest";
import { styler } from "./colour.js";
import { fitColumns } from "./column-widths.js";
import { renderTable } from "./table.js";

const rows = [
  ["Id", "Title", "Where"],
  [
    "kst",
    "Nederlandse deelname aan vredesmissies; Brief van de Ministers",
    "https://example.org/a/long/url",
  ],
];

describe("fitColumns", () => {
  it("leaves a table that fits alone", () => {
    expect(fitColumns(rows, 200)).toBeUndefined();
  });

  it("narrows the widest column to fit", () => {
    const widths = fitColumns(rows, 60);
    expect(widths).toBeDefined();
    expect((widths ?? []).reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(60);
    expect(widths?.[0]).toBe(3);
  });

  it("never narrows a column below its longest word", () => {
    const widths = fitColumns(rows, 10);
    expect(widths?.[2]).toBe("https://example.org/a/long/url".length);
    expect(widths?.[1]).toBe("vredesmissies;".length);
  });
});

describe("renderTable with a width", () => {
  it("wraps long cells at spaces and loses no character", () => {
    const text = renderTable(rows[0] ?? [], rows.slice(1), { style: styler(false), width: 60 });
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    const words = (rows[1] ?? []).join(" ").split(/\s+/);
    for (const word of words) expect(text).toContain(word);
    expect(text).not.toContain("…");
  });
});
