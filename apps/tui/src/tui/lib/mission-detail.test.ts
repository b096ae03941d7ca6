import { bundledDataset, getMission } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { missionDetail } from "./mission-detail.js";

const ds = bundledDataset();

/** The pane's lines as text, and the tone of each sparkline. */
function detail(id: string, lang: "en" | "nl", width: number) {
  const m = getMission(ds, id);
  if (!m) throw new Error(`no mission ${id}`);
  const lines = missionDetail(ds, m, lang, width);
  return {
    text: lines.map((line) => line.map((p) => p.text).join("")),
    sparks: lines
      .filter((line) => /[▁▂▃▄▅▆▇█]{4}/.test(line[0]?.text ?? ""))
      .map((l) => l[0]?.tone),
  };
}

describe("the mission detail pane", () => {
  it("shows UNMISS's monthly figures: a sparkline per category within the pane, the total stronger", () => {
    const { text, sparks } = detail("unmiss", "en", 50);
    const at = text.indexOf("Dutch personnel per month (UN figures)");
    expect(at).toBeGreaterThan(text.indexOf("Dutch personnel figures"));
    expect(sparks).toEqual(["plain", "plain", "plain", "accent"]);
    for (const line of text) expect([...line].length).toBeLessThanOrEqual(50);
    expect(text.slice(at).join("\n")).toMatch(/Mar 2012 +Feb 2014/);
    expect(text.slice(at).join("\n")).toContain("Country contributions detailed by mission");
  });

  it("gives the year's figure by the stated rule, with its source under it", () => {
    const { text } = detail("untso", "nl", 70);
    const i = text.findIndex((l) => l.startsWith("Nederlands personeel 2014"));
    const figure = text.slice(i, i + 6).join(" ");
    expect(figure).toMatch(/^Nederlands personeel 2014 +13 — Maandeinde .*\[\d+\]/);
    expect(figure).toContain("Country contributions detailed by mission");
    expect(text).toContain("Nederlands personeel per maand (VN-cijfers)");
  });
});
