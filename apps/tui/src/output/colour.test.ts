import { describe, expect, it } from "vitest";
import { shouldColour, styler } from "./colour.js";

describe("shouldColour", () => {
  it.each([
    ["a TTY", { flag: true, isTTY: true, env: {} }, true],
    ["a pipe", { flag: true, isTTY: false, env: {} }, false],
    ["a pipe in CI", { flag: true, isTTY: false, env: { CI: "true" } }, false],
    ["--no-color on a TTY", { flag: false, isTTY: true, env: {} }, false],
    ["NO_COLOR on a TTY", { flag: true, isTTY: true, env: { NO_COLOR: "1" } }, false],
    ["an empty NO_COLOR", { flag: true, isTTY: true, env: { NO_COLOR: "" } }, true],
    ["TERM=dumb", { flag: true, isTTY: true, env: { TERM: "dumb" } }, false],
    ["FORCE_COLOR on a pipe", { flag: true, isTTY: false, env: { FORCE_COLOR: "1" } }, true],
    ["FORCE_COLOR=0 on a TTY", { flag: true, isTTY: true, env: { FORCE_COLOR: "0" } }, false],
    [
      "NO_COLOR over FORCE_COLOR",
      { flag: true, isTTY: true, env: { NO_COLOR: "1", FORCE_COLOR: "1" } },
      false,
    ],
    [
      "--no-color over FORCE_COLOR",
      { flag: false, isTTY: false, env: { FORCE_COLOR: "1" } },
      false,
    ],
  ])("decides for %s", (_name, input, expected) => {
    expect(shouldColour(input)).toBe(expected);
  });
});

describe("styler", () => {
  it("adds nothing without colour", () => {
    const plain = styler(false);
    expect(plain.bold("a") + plain.dim("b")).toBe("ab");
  });

  it("uses bold and dim SGR codes with colour", () => {
    expect(styler(true).bold("a")).toBe("\u001b[1ma\u001b[22m");
    expect(styler(true).dim("b")).toBe("\u001b[2mb\u001b[22m");
  });
});
