import { describe, expect, it } from "vitest";
import { tuiRequest } from "./tui-request.js";

describe("tuiRequest", () => {
  it.each([
    [[], { lang: "en", color: true }],
    [["tui"], { lang: "en", color: true }],
    [["--lang", "nl"], { lang: "nl", color: true }],
    [["tui", "--lang=nl", "--no-color"], { lang: "nl", color: false }],
    [["--no-color", "tui"], { lang: "en", color: false }],
  ])("opens the UI directly for %j", (argv, request) => {
    expect(tuiRequest(argv)).toEqual(request);
  });

  it.each([
    [["list"]],
    [["--help"]],
    [["tui", "tui"]],
    [["--lang", "xx"]],
    [["--lang"]],
    [["tui", "--version"]],
    [["clusters", "--lang", "nl"]],
    [["--data", "my-data"]],
  ])("leaves %j to the full command-line parser", (argv) => {
    expect(tuiRequest(argv)).toBeUndefined();
  });

  it("leaves a dataset of the user's own (INZET_DATA) to the full program, which validates it", () => {
    expect(tuiRequest([], { INZET_DATA: "my-data" })).toBeUndefined();
    expect(tuiRequest([], { INZET_DATA: "" })).toEqual({ lang: "en", color: true });
  });
});
