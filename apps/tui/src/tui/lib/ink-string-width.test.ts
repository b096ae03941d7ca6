import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// Ink measures every line with its own string-width, which patches/string-width@8.3.0.patch
// makes skip its emoji regex (~30 ms to compile) for clusters that cannot be emoji. Widths must
// not change: emoji still take two columns, everything else as before.
const fromInk = createRequire(fileURLToPath(import.meta.resolve("ink")));
const { default: stringWidth } = (await import(
  pathToFileURL(fromInk.resolve("string-width")).href
)) as { default: (text: string) => number };

describe("Ink's string-width, as patched", () => {
  it.each([
    ["👍", 2],
    ["🇳🇱", 2],
    ["1️⃣", 2],
    ["👨‍👩‍👧", 2],
    ["👍🏽", 2],
    ["🏴󠁧󠁢󠁳󠁣󠁴󠁿", 2],
    ["©️", 2],
    ["🏻", 2],
    ["│ ≈ 10 · é", 10],
    ["東京", 4],
    ["e\u0301", 1],
  ])("%s is %i columns", (text, width) => {
    expect(stringWidth(text)).toBe(width);
  });
});
