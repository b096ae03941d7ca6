import type { Dataset } from "@inzet/data";
import { type Key, useApp, useInput } from "ink";
import { type Dispatch, useRef } from "react";
import { translator } from "../../i18n/messages.js";
import { browseCommand, type Command } from "../lib/keys.js";
import { missionFilter, missionList } from "../lib/mission-list.js";
import { timelineOf } from "../lib/models.js";
import type { Action, TuiState } from "../lib/state.js";
import { useClipboard } from "./use-clipboard.js";
import type { ViewData } from "./use-view-data.js";

export type KeyContext = {
  ds: Dataset;
  state: TuiState;
  dispatch: Dispatch<Action>;
  data: ViewData;
  /** Rows of the list and lines of the detail that fit, for paging and scrolling. */
  listHeight: number;
  detailHeight: number;
};

/** Every key of the app, by mode: help, filter menu, search box, or browsing. */
export function useKeys(context: KeyContext): void {
  const { exit } = useApp();
  const copy = useClipboard();
  const ref = useRef(context);
  ref.current = context;
  useInput((input, key) => {
    const ctx = ref.current;
    // Keys typed faster than a frame, or pasted, arrive together: "/unt" searches, "jjj" moves thrice.
    if (ctx.state.overlay === "none" && input.length > 1 && !key.ctrl && !key.meta) {
      if (input.startsWith("/")) {
        if (ctx.state.view !== "missions") ctx.dispatch({ type: "view", view: "missions" });
        ctx.dispatch({ type: "query", query: input.slice(1) });
        return ctx.dispatch({ type: "overlay", overlay: "search" });
      }
      for (const ch of input) handle(ch, { ...key, shift: ch !== ch.toLowerCase() });
      return;
    }
    handle(input, key);
  });

  function handle(input: string, key: Key) {
    const ctx = ref.current;
    const { state, dispatch } = ctx;
    if (key.ctrl && input === "c") return exit();
    if (state.overlay === "help") {
      if (input === "q") return exit();
      return dispatch({ type: "overlay", overlay: "none" });
    }
    if (state.overlay === "filter") {
      if (key.escape) dispatch({ type: "overlay", overlay: "none" });
      return;
    }
    if (state.overlay === "search") return searchKey(input, key, ctx);
    const command = browseCommand(input, key, state.view, state.detail);
    if (state.status && command) dispatch({ type: "status", status: undefined });
    if (command === "quit") return exit();
    if (command === "copy") {
      const t = translator(state.lang);
      if (!ctx.data.copy)
        return dispatch({ type: "status", status: { tone: "warning", text: t("tui.copy.none") } });
      copy(ctx.data.copy);
      return dispatch({
        type: "status",
        status: { tone: "success", text: t("tui.copied", { text: ctx.data.copy }) },
      });
    }
    if (command) run(command, ctx);
  }
}

/**
 * The search box. Its text is edited here, by the handler that is always listening, not by a
 * text-input component that starts listening a moment after it appears: letters typed right
 * after "/" must not be lost.
 */
function searchKey(input: string, key: Key, ctx: KeyContext): void {
  const { dispatch, data } = ctx;
  if (key.backspace || key.delete) {
    dispatch({ type: "type", text: null });
  } else if (key.ctrl && input === "u") {
    dispatch({ type: "query", query: "" });
  } else if (key.escape) {
    dispatch({ type: "query", query: "" });
    dispatch({ type: "overlay", overlay: "none" });
  } else if (key.return) {
    dispatch({ type: "overlay", overlay: "none" });
    if (data.count > 0) dispatch({ type: "open" });
  } else if (key.upArrow || key.downArrow) {
    dispatch({ type: "move", delta: key.upArrow ? -1 : 1, count: data.count });
  } else if (key.pageUp || key.pageDown) {
    const page = Math.max(1, ctx.listHeight - 1);
    dispatch({ type: "move", delta: key.pageUp ? -page : page, count: data.count });
  } else if (input !== "" && !key.ctrl && !key.meta && !key.tab) {
    dispatch({ type: "type", text: input });
  }
}

function run(command: Command, ctx: KeyContext) {
  const { state, dispatch, data } = ctx;
  const scrolling = state.detail;
  const step = (delta: number) =>
    scrolling
      ? dispatch({ type: "scroll", delta, max: data.detail.length - ctx.detailHeight })
      : dispatch({ type: "move", delta, count: data.count });
  const page = Math.max(1, (scrolling ? ctx.detailHeight : ctx.listHeight) - 1);
  if (typeof command === "object") return dispatch({ type: "view", view: command.view });
  switch (command) {
    case "up":
      return step(-1);
    case "down":
      return step(1);
    case "pageUp":
      return step(-page);
    case "pageDown":
      return step(page);
    case "top":
      return step(-Number.MAX_SAFE_INTEGER);
    case "bottom":
      return step(Number.MAX_SAFE_INTEGER);
    case "open":
      return open(ctx);
    case "back":
      if (state.detail) return dispatch({ type: "back" });
      if (state.view === "missions" && (state.query !== "" || state.filter)) {
        dispatch({ type: "query", query: "" });
        dispatch({ type: "filter", filter: undefined });
      }
      return;
    case "search":
    case "filter":
      if (state.view !== "missions") dispatch({ type: "view", view: "missions" });
      return dispatch({ type: "overlay", overlay: command });
    case "lang":
      return dispatch({ type: "lang" });
    case "help":
      return dispatch({ type: "overlay", overlay: "help" });
    case "nextView":
    case "prevView":
      return dispatch({ type: "cycleView", delta: command === "nextView" ? 1 : -1 });
    case "toggle":
      if (data.workbench?.kind === "portfolio" && data.workbench.selected)
        dispatch({ type: "toggle", id: data.workbench.selected });
      return;
    case "preset":
      return preset(ctx);
  }
}

/** t: the token preset's ends, or (when they are in force) every contribution back. */
function preset({ state, dispatch, data }: KeyContext) {
  if (data.workbench?.kind !== "portfolio") return;
  const t = translator(state.lang);
  const ids = data.workbench.preset;
  if (state.preset) {
    dispatch({ type: "preset", ids: null });
    return dispatch({
      type: "status",
      status: { tone: "info", text: t("tui.portfolio.presetCleared") },
    });
  }
  dispatch({ type: "preset", ids });
  dispatch({
    type: "status",
    status: { tone: "success", text: t("tui.portfolio.presetSet", { count: ids.length }) },
  });
}

/** Enter: a timeline row opens its mission; elsewhere the detail pane takes the keys. */
function open({ ds, state, dispatch, data }: KeyContext) {
  if (data.count === 0) return;
  if (state.view === "timeline") {
    const row = timelineOf(ds)[data.cursor];
    if (!row) return;
    const all = missionList(ds, missionFilter("", undefined), state.lang).missions;
    return dispatch({ type: "showMission", index: Math.max(0, all.indexOf(row.mission)) });
  }
  dispatch({ type: "open" });
}
