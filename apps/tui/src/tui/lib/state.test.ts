import { describe, expect, it } from "vitest";
import { initialState, reduce, type TuiState } from "./state.js";

const after = (...actions: Parameters<typeof reduce>[1][]): TuiState =>
  actions.reduce(reduce, initialState("en"));

describe("the UI state", () => {
  it("keeps every letter typed into the search box, and erases by character", () => {
    const s = after(
      { type: "overlay", overlay: "search" },
      { type: "type", text: "u" },
      { type: "type", text: "nt" },
      { type: "type", text: "ë" },
      { type: "type", text: null },
    );
    expect(s.query).toBe("unt");
  });

  it("moves the cursor within the list and keeps one cursor per view", () => {
    const s = after(
      { type: "move", delta: 5, count: 3 },
      { type: "view", view: "sources" },
      { type: "move", delta: 1, count: 87 },
    );
    expect(s.cursors.missions).toBe(2);
    expect(s.cursors.sources).toBe(1);
  });

  it("cycles through the eight views with Tab, both ways", () => {
    expect(after({ type: "cycleView", delta: -1 }).view).toBe("trend");
    expect(after({ type: "cycleView", delta: 1 }).view).toBe("groups");
  });

  it("ends a contribution and brings it back; the token preset sets its ends, or none", () => {
    const ended = after({ type: "toggle", id: "kfor" }, { type: "toggle", id: "untso" });
    expect(ended.ended).toEqual(["kfor", "untso"]);
    expect(reduce(ended, { type: "toggle", id: "kfor" }).ended).toEqual(["untso"]);
    const preset = reduce(ended, { type: "preset", ids: ["eufor-althea", "osce-smm"] });
    expect(preset).toMatchObject({ ended: ["eufor-althea", "osce-smm"], preset: true });
    expect(reduce(preset, { type: "toggle", id: "kfor" }).preset).toBe(false);
    expect(reduce(preset, { type: "preset", ids: null })).toMatchObject({
      ended: [],
      preset: false,
    });
  });

  it("scrolls the detail within its length, and a new selection starts at its top", () => {
    const scrolled = after({ type: "open" }, { type: "scroll", delta: 50, max: 12 });
    expect(scrolled.scroll).toBe(12);
    expect(reduce(scrolled, { type: "move", delta: 1, count: 5 }).scroll).toBe(0);
  });

  it("opens a mission from the timeline with search and filter cleared", () => {
    const s = after(
      { type: "query", query: "unt" },
      { type: "filter", filter: { kind: "cluster", value: "balkans" } },
      { type: "view", view: "timeline" },
      { type: "showMission", index: 7 },
    );
    expect(s).toMatchObject({ view: "missions", query: "", filter: undefined, detail: true });
    expect(s.cursors.missions).toBe(7);
  });

  it("switches the language both ways", () => {
    expect(after({ type: "lang" }).lang).toBe("nl");
    expect(after({ type: "lang" }, { type: "lang" }).lang).toBe("en");
  });
});
