import type { UiLang } from "@inzet/data";
import { clampIndex } from "./window.js";

export const VIEWS = [
  "missions",
  "groups",
  "timeline",
  "sources",
  "considerations",
  "assessment",
  "portfolio",
  "trend",
] as const;
export type ViewId = (typeof VIEWS)[number];

/** The views built on @inzet/analysis, whose code loads when one of them is first opened. */
export const WORKBENCH_VIEWS: readonly ViewId[] = ["assessment", "portfolio", "trend"];
export const isWorkbenchView = (view: ViewId) => WORKBENCH_VIEWS.includes(view);

export type Overlay = "none" | "help" | "filter" | "search";
export type FilterKind = "cluster" | "organisation" | "type";
export type FilterChoice = { kind: FilterKind; value: string };
export type Status = { text: string; tone: "info" | "success" | "warning" };

export type TuiState = {
  view: ViewId;
  overlay: Overlay;
  lang: UiLang;
  /** The detail pane has the keys (wide), or is the screen shown (narrow). */
  detail: boolean;
  /** The selected item of each view. */
  cursors: Record<ViewId, number>;
  /** First line shown of the detail pane. */
  scroll: number;
  query: string;
  filter: FilterChoice | undefined;
  status: Status | undefined;
  /** The Portfolio view: the contributions ended (by id), and whether the token preset set them. */
  ended: readonly string[];
  preset: boolean;
};

export type Action =
  | { type: "view"; view: ViewId }
  | { type: "cycleView"; delta: 1 | -1 }
  | { type: "move"; delta: number; count: number }
  | { type: "select"; index: number }
  | { type: "scroll"; delta: number; max: number }
  | { type: "open" }
  | { type: "back" }
  | { type: "overlay"; overlay: Overlay }
  | { type: "query"; query: string }
  /** Typed into the search box: appended, or (null) the last character erased. */
  | { type: "type"; text: string | null }
  | { type: "filter"; filter: FilterChoice | undefined }
  | { type: "lang" }
  | { type: "status"; status: Status | undefined }
  | { type: "showMission"; index: number }
  /** Ends the contribution, or brings it back. */
  | { type: "toggle"; id: string }
  /** The token preset's ends (or, null, none: every contribution back). */
  | { type: "preset"; ids: readonly string[] | null };

export function initialState(lang: UiLang, view: ViewId = "missions"): TuiState {
  const cursors = Object.fromEntries(VIEWS.map((v) => [v, 0])) as Record<ViewId, number>;
  return {
    view,
    overlay: "none",
    lang,
    detail: false,
    cursors,
    scroll: 0,
    query: "",
    filter: undefined,
    status: undefined,
    ended: [],
    preset: false,
  };
}

const withCursor = (s: TuiState, index: number): TuiState =>
  s.cursors[s.view] === index && s.scroll === 0
    ? s
    : { ...s, cursors: { ...s.cursors, [s.view]: index }, scroll: 0 };

export function reduce(s: TuiState, a: Action): TuiState {
  switch (a.type) {
    case "view":
      return { ...s, view: a.view, detail: false, scroll: 0, overlay: "none", status: undefined };
    case "cycleView": {
      const i = (VIEWS.indexOf(s.view) + a.delta + VIEWS.length) % VIEWS.length;
      return reduce(s, { type: "view", view: VIEWS[i] as ViewId });
    }
    case "move":
      return withCursor(s, clampIndex(s.cursors[s.view], a.delta, a.count));
    case "select":
      return withCursor(s, a.index);
    case "scroll": {
      const scroll = Math.min(Math.max(0, a.max), Math.max(0, s.scroll + a.delta));
      return scroll === s.scroll ? s : { ...s, scroll };
    }
    case "open":
      return s.detail ? s : { ...s, detail: true, scroll: 0 };
    case "back":
      return s.detail ? { ...s, detail: false } : s;
    case "overlay":
      return { ...s, overlay: a.overlay };
    case "query":
      return { ...s, query: a.query, detail: false, scroll: 0 };
    case "type": {
      const query = a.text === null ? [...s.query].slice(0, -1).join("") : s.query + a.text;
      return reduce(s, { type: "query", query });
    }
    case "filter":
      return {
        ...s,
        filter: a.filter,
        overlay: "none",
        detail: false,
        scroll: 0,
        cursors: { ...s.cursors, missions: 0 },
      };
    case "lang":
      return { ...s, lang: s.lang === "en" ? "nl" : "en", status: undefined };
    case "status":
      return { ...s, status: a.status };
    case "toggle": {
      const ended = s.ended.includes(a.id)
        ? s.ended.filter((id) => id !== a.id)
        : [...s.ended, a.id];
      return { ...s, ended, preset: false };
    }
    case "preset":
      return a.ids === null
        ? { ...s, ended: [], preset: false }
        : { ...s, ended: [...a.ids], preset: true };
    case "showMission":
      return {
        ...reduce(s, { type: "view", view: "missions" }),
        query: "",
        filter: undefined,
        detail: true,
        cursors: { ...s.cursors, missions: a.index },
      };
  }
}
