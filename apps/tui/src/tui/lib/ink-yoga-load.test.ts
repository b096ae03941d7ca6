import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

// Ink lays out with yoga-layout, whose WebAssembly ships as a base64 data: URL. Unpatched, yoga
// loads it through fetch(), and Node's first fetch() loads undici: ~20 ms before Ink's first frame.
// patches/yoga-layout@3.2.1.patch decodes a data: URL directly, as yoga already does without fetch.
const fetchSpy = vi.fn(() => Promise.reject(new Error("fetch should not be called")));
vi.stubGlobal("fetch", fetchSpy);
afterAll(() => {
  vi.unstubAllGlobals();
});

const fromInk = createRequire(fileURLToPath(import.meta.resolve("ink")));
type YogaNode = {
  setWidth(width: number): void;
  setFlexDirection(direction: number): void;
  setFlexGrow(grow: number): void;
  insertChild(child: YogaNode, index: number): void;
  calculateLayout(width: undefined, height: undefined, direction: number): void;
  getComputedWidth(): number;
  getComputedLeft(): number;
  freeRecursive(): void;
};
// Not a dependency of this package (Ink's), so typed here for what the test uses.
const { default: Yoga } = (await import(pathToFileURL(fromInk.resolve("yoga-layout")).href)) as {
  default: {
    Node: { create(): YogaNode };
    FLEX_DIRECTION_ROW: number;
    DIRECTION_LTR: number;
  };
};

describe("Ink's yoga-layout, as patched", () => {
  it("loads its WebAssembly without fetch", () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("lays out as before", () => {
    const root = Yoga.Node.create();
    root.setWidth(100);
    root.setFlexDirection(Yoga.FLEX_DIRECTION_ROW);
    const left = Yoga.Node.create();
    left.setFlexGrow(1);
    const right = Yoga.Node.create();
    right.setWidth(30);
    root.insertChild(left, 0);
    root.insertChild(right, 1);
    root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
    expect([left.getComputedWidth(), right.getComputedLeft()]).toEqual([70, 70]);
    root.freeRecursive();
  });
});
