import { describe, expect, it } from "vitest";
import { editDistance, suggestNames } from "./suggest-names.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["untso", "untso", 0],
    ["untos", "untso", 2],
    ["kfr", "kfor", 1],
    ["abc", "", 3],
  ])("from %s to %s is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe("suggestNames", () => {
  const commands = ["clusters", "list", "show", "sources", "export", "validate"];

  it("suggests the nearest names for a typo", () => {
    expect(suggestNames("lst", commands)).toEqual(["list"]);
    expect(suggestNames("Sources", commands)).toEqual(["sources"]);
  });

  it("suggests nothing for an unrelated word", () => {
    expect(suggestNames("banana", commands)).toEqual([]);
  });
});
