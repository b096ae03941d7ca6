import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { portfolioFromDataset } from "../portfolio/build.js";
import { Overlay } from "./overlay.js";

const base = portfolioFromDataset(bundledDataset(), {
  asOf: "2014",
  missions: ["kfor", "untso", "unama"],
});
const ids = (o: Overlay) => o.values().map((c) => c.id);
const kfor = () => base.contributions[0] as (typeof base.contributions)[number];

describe("Overlay", () => {
  it("reads as the baseline until changed, and copies the baseline's list only when read", () => {
    // In the evaluation's order: its groups (Balkans, Middle East, capacity building) and members.
    expect(ids(new Overlay(base))).toEqual(["kfor", "untso", "unama"]);
  });

  it("changes in place, ends, and puts what is added (or added again) last", () => {
    const o = new Overlay(base);
    o.set({ ...kfor(), group: "elsewhere" });
    o.delete("untso");
    expect(o.has("untso")).toBe(false);
    o.set({ ...kfor(), id: "new" });
    o.set({ ...kfor(), id: "untso" });
    expect(ids(o)).toEqual(["kfor", "unama", "new", "untso"]);
    expect(o.get("kfor")?.group).toBe("elsewhere");
    o.delete("new");
    expect(ids(o)).toEqual(["kfor", "unama", "untso"]);
  });
});
