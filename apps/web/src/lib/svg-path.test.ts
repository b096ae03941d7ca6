import { describe, expect, it } from "vitest";
import { layoutMap } from "./geo";
import { relativePath, simplifyPath } from "./svg-path";

/** The absolute points a path visits ("M" starts a subpath), a point repeated in place once. */
function points(d: string): string[] {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, command = "", args = ""] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === "M") out.push("M");
    if (command.toUpperCase() === "Z") out.push("Z");
    const n = [...args.matchAll(/-?\d+(?:\.\d+)?/g)].map(([number]) => Number(number));
    for (let i = 0; i + 1 < n.length; i += 2) {
      x = (command === "l" ? x : 0) + (n[i] ?? 0);
      y = (command === "l" ? y : 0) + (n[i + 1] ?? 0);
      if (out.at(-1) !== `${x},${y}`) out.push(`${x},${y}`);
    }
  }
  return out;
}

describe("relativePath", () => {
  it("writes each line as a step and drops repeated points", () => {
    expect(relativePath("M415,370L416,371L416,371L435,386L430,380Z")).toBe(
      "M415,370l1,1 19,15-5-6z",
    );
  });

  it("keeps every subpath", () => {
    expect(relativePath("M1,1L2,2ZM10,10L9,8Z")).toBe("M1,1l1,1zM10,10l-1-2z");
  });

  it("draws the same outlines as the absolute paths of a real map, in fewer characters", () => {
    const map = layoutMap({ width: 800, height: 460, focus: ["ML", "XK", "IL", "SO"] });
    const absolute = map.countries.map((c) => c.d).join("");
    const relative = map.countries.map((c) => relativePath(c.d)).join("");
    for (const c of map.countries) expect(points(relativePath(c.d)), c.name).toEqual(points(c.d));
    expect(relative.length).toBeLessThan(absolute.length * 0.8);
  });
});

describe("simplifyPath", () => {
  it("drops points closer than the tolerance to the line through their neighbours", () => {
    expect(simplifyPath("M0,0L5,0L10,1L20,0L20,20Z", 1.5)).toBe("M0,0L20,0L20,20Z");
  });

  it("drops a ring that shrinks below a triangle, but never the whole shape", () => {
    expect(simplifyPath("M0,0L1,0L2,0ZM5,5L50,5L50,50Z", 1)).toBe("M5,5L50,5L50,50Z");
    expect(simplifyPath("M0,0L1,0L2,0Z", 1)).toBe("M0,0L1,0L2,0Z");
  });
});
