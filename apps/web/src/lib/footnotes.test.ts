import { SourceId } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { formatCoordinates } from "./coordinates";
import { footnotes } from "./footnotes";

describe("footnotes", () => {
  it("numbers citations in order and reuses the number of a repeated one", () => {
    const notes = footnotes();
    const a = { source: SourceId.parse("a"), locator: "p. 45" };
    const b = { source: SourceId.parse("b") };
    expect(notes.refs([a, b])).toEqual([1, 2]);
    expect(notes.ref({ source: SourceId.parse("a"), locator: "p. 45" })).toBe(1);
    expect(notes.ref({ source: SourceId.parse("a"), locator: "p. 46" })).toBe(3);
    expect(notes.list().map((f) => f.n)).toEqual([1, 2, 3]);
  });

  it("tells locators in two languages apart", () => {
    const notes = footnotes();
    const source = SourceId.parse("a");
    expect(notes.ref({ source, locator: { en: "p. 45", nl: "blz. 45" } })).toBe(1);
    expect(notes.ref({ source, locator: { en: "p. 46", nl: "blz. 46" } })).toBe(2);
    expect(notes.ref({ source, locator: { en: "p. 45", nl: "blz. 45" } })).toBe(1);
  });
});

describe("formatCoordinates", () => {
  it("writes hemispheres and decimals per language", () => {
    expect(formatCoordinates({ lat: 31.76, lon: 35.23 }, "en")).toBe("31.76° N, 35.23° E");
    expect(formatCoordinates({ lat: -4.6, lon: -8 }, "nl")).toBe("4,60° Z, 8,00° W");
  });
});
