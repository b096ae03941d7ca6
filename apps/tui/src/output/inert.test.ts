import { describe, expect, it } from "vitest";
import { inert, inertJson, inertLines } from "./inert.js";

describe("inert", () => {
  it.each([
    ["colour codes", "\u001b[31mred\u001b[0m", "red"],
    ["screen clearing", "a\u001b[2J\u001b[Hb", "ab"],
    ["a window title (OSC)", "a\u001b]0;title\u0007b", "ab"],
    [
      "a hyperlink (OSC 8)",
      "\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\",
      "click",
    ],
    ["an 8-bit CSI", "a\u009b31mb", "ab"],
    ["a bell and backspace", "a\u0007\u0008b", "a\uFFFD\uFFFDb"],
    ["bidi overrides", "abc\u202Edef", "abc\uFFFDdef"],
    ["line breaks", "two\nlines\r\n", "two lines "],
  ])("removes %s", (_name, input, expected) => {
    expect(inert(input)).toBe(expected);
  });

  it("keeps accents, symbols and wide characters", () => {
    const text = "EUTM Somalië — ≈ 10 “ongeveer tien” 東京";
    expect(inert(text)).toBe(text);
  });

  it("is idempotent", () => {
    const once = inert("x\u001b[1m\u0085y\u202Ez");
    expect(inert(once)).toBe(once);
  });
});

describe("inertJson", () => {
  it("escapes C1 controls and line separators yet keeps the same data", () => {
    const data = { name: "a\u009b2Jb\u2028c\u0085" };
    const json = inertJson(JSON.stringify(data));
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("inertLines", () => {
  it("keeps line breaks and tabs, and removes escape sequences from every line", () => {
    expect(inertLines("@misc{x,\n\ttitle = {a\u001b[2Jb},\n}")).toBe(
      "@misc{x,\n\ttitle = {ab},\n}",
    );
  });
});
