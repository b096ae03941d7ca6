import { describe, expect, it } from "vitest";
import { linePath } from "./line-path";

describe("linePath", () => {
  it("joins consecutive points", () => {
    expect(
      linePath([
        [0, 10],
        [5, 2.25],
        [10, 0],
      ]),
    ).toBe("M0,10L5,2.3L10,0");
  });

  it("breaks at a gap instead of bridging it", () => {
    expect(linePath([[0, 1], [1, 2], undefined, [3, 4], [4, 5]])).toBe("M0,1L1,2M3,4L4,5");
  });

  it("draws a lone point between gaps as a zero-length segment", () => {
    expect(linePath([undefined, [2, 3], undefined, [4, 5], [5, 6]])).toBe("M2,3L2,3M4,5L5,6");
    expect(linePath([[1, 1]])).toBe("M1,1L1,1");
  });

  it("is empty without points", () => {
    expect(linePath([undefined, undefined])).toBe("");
  });
});
