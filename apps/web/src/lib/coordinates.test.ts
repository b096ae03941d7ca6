import { describe, expect, it } from "vitest";
import { formatCoordinates } from "./coordinates";

describe("formatCoordinates", () => {
  it("writes hemispheres and decimals per language", () => {
    expect(formatCoordinates({ lat: 31.76, lon: 35.23 }, "en")).toBe("31.76° N, 35.23° E");
    expect(formatCoordinates({ lat: -4.6, lon: -8 }, "nl")).toBe("4,60° Z, 8,00° W");
  });
});
