import { describe, expect, it } from "vitest";
import { layoutMap, worldCountries } from "./geo";

describe("world countries", () => {
  it("gives every shape an ISO alpha-2 code, Kosovo included", () => {
    const world = worldCountries();
    expect(world.length).toBeGreaterThan(170);
    expect(world.every((c) => c.code && /^[A-Z]{2}$/.test(c.code))).toBe(true);
    expect(world.find((c) => c.code === "XK")?.name).toBe("Kosovo");
    expect(world.find((c) => c.code === "NL")?.name).toBe("Netherlands");
  });

  it("adds finer shapes for wanted countries too small for 1:110m", () => {
    expect(worldCountries().some((c) => c.code === "BH")).toBe(false);
    const withSmall = worldCountries(["BH", "SC", "ML"]);
    expect(withSmall.filter((c) => c.code === "BH")).toHaveLength(1);
    expect(withSmall.filter((c) => c.code === "SC")).toHaveLength(1);
  });
});

describe("layoutMap", () => {
  it("fits the focus countries and points inside the frame", () => {
    const map = layoutMap({
      width: 600,
      height: 400,
      focus: ["ML"],
      points: [{ lat: 12.64, lon: -8.0 }],
    });
    const mali = map.countries.find((c) => c.code === "ML");
    expect(mali?.focus).toBe(true);
    expect(mali?.d).toMatch(/^M/);
    const [x, y] = map.project({ lat: 12.64, lon: -8.0 }) ?? [-1, -1];
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(600);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(400);
    expect(map.countries.some((c) => c.code === "AU")).toBe(false);
  });

  it("rings a focus country too small to see", () => {
    const map = layoutMap({ width: 600, height: 400, focus: ["BH", "SO"] });
    expect(map.small.map((s) => s.code)).toEqual(["BH"]);
  });
});
