import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { browseCommand } from "./keys.js";

const none: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

describe("browseCommand", () => {
  it.each([
    ["j", {}, "down"],
    ["k", {}, "up"],
    ["", { downArrow: true }, "down"],
    ["", { pageDown: true }, "pageDown"],
    ["g", {}, "top"],
    ["G", { shift: true }, "bottom"],
    ["", { return: true }, "open"],
    ["", { rightArrow: true }, "open"],
    ["", { escape: true }, "back"],
    ["", { leftArrow: true }, "back"],
    ["", { tab: true }, "nextView"],
    ["", { tab: true, shift: true }, "prevView"],
    ["/", {}, "search"],
    ["f", {}, "filter"],
    ["l", {}, "lang"],
    ["y", {}, "copy"],
    ["?", {}, "help"],
    ["q", {}, "quit"],
    ["c", { ctrl: true }, "quit"],
    ["3", {}, { view: "timeline" }],
  ] as const)("reads %j %j as %j", (input, key, command) => {
    expect(browseCommand(input, { ...none, ...key })).toEqual(command);
  });

  it("ignores keys it has no use for", () => {
    expect(browseCommand("x", none)).toBeUndefined();
    expect(browseCommand("9", none)).toBeUndefined();
    expect(browseCommand("0", none)).toBeUndefined();
  });
});
