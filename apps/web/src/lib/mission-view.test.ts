import { bundledDataset, getMission } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { missionView } from "./mission-view";

const ds = bundledDataset();
const words = { openPeriod: "from {from}" };

function view(id: string, locale: "en" | "nl" = "en") {
  const m = getMission(ds, id);
  if (!m) throw new Error(`no mission ${id}`);
  return missionView(ds, m, locale, words);
}

describe("missionView", () => {
  it("starts the notes with the letter that names the mission", () => {
    const v = view("untso");
    expect(v.named[0]?.n).toBe(1);
    expect(v.footnotes[0]?.citation.source).toBe("evaluatie-2014");
  });

  it("gives every cited fact note numbers that exist", () => {
    const v = view("untso");
    const max = v.footnotes.length;
    const items = v.facts.flatMap((f) => f.items);
    expect(items.length).toBeGreaterThan(5);
    for (const i of [...items, ...v.dutch.roles, ...v.dutch.notes]) {
      for (const n of i.refs) expect(n).toBeLessThanOrEqual(max);
    }
    expect(v.footnotes.map((f) => f.n)).toEqual(v.footnotes.map((_, i) => i + 1));
  });

  it("labels approximate headquarters coordinates unverified", () => {
    const hq = view("untso").facts.find((f) => f.label === "headquarters")?.items[0];
    expect(hq?.coordinates?.unverified).toBe(true);
    expect(hq?.coordinates?.text).toBe("31.76° N, 35.23° E");
    expect(hq?.coordinates?.refs).toEqual([]);
  });

  it("keeps every dated figure and marks the one for the letter's year", () => {
    const v = view("untso", "nl");
    expect(v.figures.length).toBeGreaterThanOrEqual(4);
    expect(v.yearFigure?.text).toBe("≈ 15");
    expect(v.yearFigure?.words).toBe("ongeveer 15");
    expect(v.figures.filter((f) => f.isYearFigure)).toHaveLength(1);
  });

  it("keeps an unknown figure unknown", () => {
    expect(view("eumam-rca").yearFigure?.text).toBe("unknown");
  });
});
