import type { Key } from "ink";
import { VIEWS, type ViewId } from "./state.js";

export type Command =
  | "up"
  | "down"
  | "pageUp"
  | "pageDown"
  | "top"
  | "bottom"
  | "open"
  | "back"
  | "search"
  | "filter"
  | "lang"
  | "copy"
  | "help"
  | "quit"
  | "nextView"
  | "prevView"
  | "toggle"
  | "preset"
  | { view: ViewId };

/**
 * What a key means while browsing (no search box, menu or help open). In the Portfolio view's
 * list, space ends or keeps the contribution and t sets the token preset.
 */
export function browseCommand(
  input: string,
  key: Key,
  current?: ViewId,
  detail = false,
): Command | undefined {
  if (key.ctrl && input === "c") return "quit";
  if (current === "portfolio") {
    if (input === " " && !detail) return "toggle";
    if (input === "t") return "preset";
  }
  if (key.upArrow || input === "k") return "up";
  if (key.downArrow || input === "j") return "down";
  if (key.pageUp) return "pageUp";
  if (key.pageDown || input === " ") return "pageDown";
  if (key.home || input === "g") return "top";
  if (key.end || input === "G") return "bottom";
  if (key.return || key.rightArrow) return "open";
  if (key.escape || key.leftArrow || key.backspace) return "back";
  if (key.tab) return key.shift ? "prevView" : "nextView";
  const view = VIEWS[Number(input) - 1];
  if (/^[1-9]$/.test(input) && view) return { view };
  const letters: Record<string, Command> = {
    "/": "search",
    f: "filter",
    l: "lang",
    y: "copy",
    "?": "help",
    q: "quit",
  };
  return letters[input];
}

/** The keys the help overlay lists, message key by message key, in order. */
export const HELP_KEYS = [
  ["↑ ↓  j k", "tui.help.move"],
  ["PgUp PgDn", "tui.help.page"],
  ["g G", "tui.help.ends"],
  ["Enter →", "tui.help.open"],
  ["Esc ←", "tui.help.back"],
  ["Tab 1–8", "tui.help.views"],
  ["/", "tui.help.search"],
  ["f", "tui.help.filter"],
  ["l", "tui.help.lang"],
  ["y", "tui.help.copy"],
  ["Space", "tui.help.toggle"],
  ["t", "tui.help.preset"],
  ["?", "tui.help.help"],
  ["q Ctrl-C", "tui.help.quit"],
] as const;
