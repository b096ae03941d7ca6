import { bundledDataset, figuresFor, getMission, missionFacts } from "@inzet/data";
import { citationKey } from "@inzet/data/queries";
import { describe, expect, it } from "vitest";
import { placeNotes } from "./place-notes";

const ds = bundledDataset();
const cmf = getMission(ds, "cmf");
// CMF's facts cite the same few places many times, each time with other words.
const citations = cmf
  ? [
      ...cmf.citations,
      ...missionFacts(cmf).flatMap((f) => f.fact.citations),
      ...figuresFor(ds, { mission: cmf.id }).map((f) => f.citation),
    ]
  : [];

describe("placeNotes", () => {
  it("gives one number per place in a source, in the order first cited", () => {
    const notes = placeNotes();
    const refs = notes.refs(citations);
    const places = [...new Set(citations.map((c) => citationKey(c, "place")))];
    expect(places.length).toBeLessThan(citations.length);
    expect(Math.max(...refs)).toBe(places.length);
    citations.forEach((c, i) => {
      expect(refs[i]).toBe(places.indexOf(citationKey(c, "place")) + 1);
    });
  });

  it("keeps every distinct citation of a place, once, for its quotes", () => {
    const notes = placeNotes();
    notes.refs([...citations, ...citations]);
    const kept = notes.list().flatMap((n) => n.citations);
    expect(kept.map((c) => citationKey(c))).toEqual(
      expect.arrayContaining([...new Set(citations.map((c) => citationKey(c)))]),
    );
    expect(kept).toHaveLength(new Set(citations.map((c) => citationKey(c))).size);
    for (const note of notes.list())
      for (const c of note.citations)
        expect(citationKey(c, "place")).toBe(citationKey(note.citation, "place"));
  });
});
