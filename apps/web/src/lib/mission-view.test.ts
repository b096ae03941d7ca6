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

  it("lists every figure outside the monthly series, and names the year's by the stated rule", () => {
    const v = view("untso", "nl");
    const listed = v.figures.map((f) => f.id);
    expect(listed).toEqual(expect.arrayContaining(["untso-2014", "untso-2014-letter"]));
    expect(listed.filter((id) => id.includes("-un-"))).toEqual([]);
    // The UN's month-end total of February 2014: the latest actual count dated in 2014.
    expect(v.yearFigure).toMatchObject({ id: "untso-un-2014-02-total", text: "13" });
    // Cited as its series is: one note for the UN's monthly figures.
    expect(v.yearFigure?.ref).toBe(v.monthly?.sources[0]?.ref);
  });

  it("keeps the year's figure in the list where no series holds it", () => {
    const v = view("osce-smm");
    expect(v.figures.filter((f) => f.isYearFigure).map((f) => f.id)).toEqual([v.yearFigure?.id]);
  });

  it("gives the monthly series one note, its source's", () => {
    const v = view("untso");
    const [source] = v.monthly?.sources ?? [];
    expect(v.monthly?.sources).toHaveLength(1);
    expect(v.footnotes[(source?.ref ?? 0) - 1]?.citation).toEqual({
      source: "un-dpko-contributions-by-mission",
    });
    expect(view("kfor").monthly).toBeUndefined();
  });

  it("keeps an unknown figure unknown", () => {
    expect(view("eumam-rca").yearFigure?.text).toBe("unknown");
  });
});
