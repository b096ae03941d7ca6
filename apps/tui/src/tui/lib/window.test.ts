import { describe, expect, it } from "vitest";
import { clampIndex, nextOffset, windowRange } from "./window.js";

describe("the virtualised list window", () => {
  it("does not scroll while the cursor moves inside the window", () => {
    expect(nextOffset(0, 10, 100, 5)).toBe(0);
    expect(nextOffset(20, 10, 100, 25)).toBe(20);
  });

  it("scrolls just enough to show the cursor below or above the window", () => {
    expect(nextOffset(0, 10, 100, 10)).toBe(1);
    expect(nextOffset(20, 10, 100, 19)).toBe(19);
    expect(nextOffset(0, 10, 10_000, 9_999)).toBe(9_990);
  });

  it("keeps a group header in view with its first item", () => {
    expect(nextOffset(20, 10, 100, 19, 20)).toBe(19);
  });

  it("never leaves blank rows at the end after the list shrinks", () => {
    expect(nextOffset(90, 10, 12, 11)).toBe(2);
    expect(nextOffset(5, 10, 3, 0)).toBe(0);
  });

  it("renders only the rows in the window", () => {
    expect(windowRange(9_990, 10, 10_000)).toEqual([9_990, 10_000]);
    expect(windowRange(0, 10, 3)).toEqual([0, 3]);
    expect(windowRange(0, 10, 0)).toEqual([0, 0]);
  });

  it("clamps the cursor to the list", () => {
    expect(clampIndex(0, -1, 5)).toBe(0);
    expect(clampIndex(3, 10, 5)).toBe(4);
    expect(clampIndex(3, 1, 0)).toBe(0);
  });
});
