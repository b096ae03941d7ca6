import { describe, expect, it } from "vitest";
import type { Citation } from "../model/citation.js";
import { SourceId } from "../model/ids.js";
import { citationKey, footnotes } from "./footnotes.js";

const source = SourceId.parse("a");

describe("footnotes", () => {
  it("numbers citations in order and gives a repeated one its first number", () => {
    const notes = footnotes();
    const a = { source, locator: "p. 45" };
    const b = { source: SourceId.parse("b") };
    expect(notes.refs([a, b])).toEqual([1, 2]);
    expect(notes.ref({ source, locator: "p. 45" })).toBe(1);
    expect(notes.ref({ source, locator: "p. 46" })).toBe(3);
    expect(notes.list().map((f) => f.n)).toEqual([1, 2, 3]);
  });

  it("tells locators in two languages apart, whatever the order of their keys", () => {
    const notes = footnotes();
    expect(notes.ref({ source, locator: { en: "p. 45", nl: "blz. 45" } })).toBe(1);
    expect(notes.ref({ source, locator: { en: "p. 46", nl: "blz. 46" } })).toBe(2);
    expect(notes.ref({ source, locator: { nl: "blz. 45", en: "p. 45" } })).toBe(1);
  });

  it("makes citations that differ in quote, translation or dates two notes, one per place", () => {
    const base: Citation = { source, locator: "p. 45", quote: { text: "enkele", lang: "nl" } };
    const variants: Citation[] = [
      base,
      { ...base, quote: { text: "ruim veertig", lang: "nl" } },
      { ...base, translation: { text: "a few", lang: "en" } },
      { ...base, asOf: "2015" },
      { ...base, accessed: "2026-12-03" },
    ];
    const keys = new Set(variants.map((c) => citationKey(c)));
    expect(keys.size).toBe(variants.length);
    const places = new Set(variants.map((c) => citationKey(c, "place")));
    expect(places.size).toBe(1);
  });
});
