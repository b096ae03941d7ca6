import type { Dataset } from "@inzet/data";
import { useMemo } from "react";
import type { LoadedAssessment } from "../../io.js";
import { citationText } from "../lib/cited.js";
import { groupDetail } from "../lib/groups.js";
import type { Layout } from "../lib/layout.js";
import { letterDetail, letterModel } from "../lib/letter.js";
import type { Line } from "../lib/lines.js";
import type { ListModel } from "../lib/list.js";
import { missionCitation, missionDetail } from "../lib/mission-detail.js";
import { type MissionList, missionFilter, missionList } from "../lib/mission-list.js";
import { sourcesOf, summariesOf, timelineOf } from "../lib/models.js";
import { sourceDetail } from "../lib/sources.js";
import type { TuiState } from "../lib/state.js";
import { useSettled } from "./use-settled.js";
import { useWorkbenchData, type WorkbenchExtra } from "./use-workbench-data.js";

export type ViewData = {
  /** Items the cursor moves over in this view. */
  count: number;
  cursor: number;
  list: ListModel | undefined;
  detail: readonly Line[];
  detailWidth: number;
  /** The text `y` copies, if the selection has a citation. */
  copy: string | undefined;
  missions: MissionList;
  /** The Assessment, Portfolio and Trend views: what they show beyond list and detail. */
  workbench?: WorkbenchExtra;
};

/** What the current view shows, memoised so a keypress recomputes only what it changed. */
export function useViewData(
  ds: Dataset,
  state: TuiState,
  query: string,
  layout: Layout,
  assessment?: LoadedAssessment,
): ViewData {
  const { lang, view, filter } = state;
  const workbench = useWorkbenchData(ds, state, layout, assessment);
  const missions = useMemo(
    () => missionList(ds, missionFilter(query, filter), lang),
    [ds, query, filter, lang],
  );
  // Built when first shown, not for the first frame.
  const showLetter = view === "considerations";
  const letter = useMemo(
    () => (showLetter ? letterModel(ds, lang) : undefined),
    [ds, lang, showLetter],
  );
  const list: ListModel | undefined =
    view === "missions"
      ? missions
      : view === "sources"
        ? sourcesOf(ds)
        : view === "considerations"
          ? letter
          : undefined;
  const count =
    view === "groups"
      ? summariesOf(ds).length
      : view === "timeline"
        ? timelineOf(ds).length
        : (list?.itemRows.length ?? 0);
  const cursor = Math.min(state.cursors[view], Math.max(0, count - 1));
  const detailWidth = view === "groups" || !layout.wide ? layout.columns : layout.detailWidth;
  const current = selectedItem(ds, view, cursor, missions, letter);
  // On a big dataset the detail follows the cursor once keys pause, so key repeat stays smooth.
  const selected = useSettled(current, detailDelay(ds), (a, b) => a?.value === b?.value);
  const detail = useMemo(() => {
    if (!selected) return [];
    switch (selected.kind) {
      case "mission":
        return missionDetail(ds, selected.value, lang, detailWidth);
      case "source":
        return sourceDetail(ds, selected.value, lang, detailWidth);
      case "letter":
        return letterDetail(ds, selected.value, lang, detailWidth);
      case "group":
        return groupDetail(ds, selected.value, lang, detailWidth);
      case "timeline":
        return [];
    }
  }, [ds, selected?.value, lang, detailWidth]);
  const copy = useMemo(() => copyText(ds, current, lang), [ds, current?.value, lang]);
  if (workbench) return { ...workbench, missions };
  return { count, cursor, list, detail, detailWidth, copy, missions };
}

const detailDelay = (ds: Dataset) => (ds.missions.length > 2000 ? 40 : -1);

/** The text `y` copies for the selection: its source, with the words quoted there. */
function copyText(ds: Dataset, selected: Selected | undefined, lang: TuiState["lang"]) {
  if (!selected) return undefined;
  switch (selected.kind) {
    case "mission":
    case "timeline": {
      const m = selected.kind === "mission" ? selected.value : selected.value.mission;
      const c = missionCitation(ds, m);
      return c && citationText(ds, c, lang);
    }
    case "source":
      return citationText(ds, { source: selected.value.source.id }, lang);
    case "letter":
      return citationText(ds, selected.value.citation, lang);
    case "group":
      return citationText(
        ds,
        selected.value.figure?.citation ?? selected.value.cluster.citation,
        lang,
      );
  }
}

type Selected =
  | { kind: "mission"; value: MissionList["missions"][number] }
  | { kind: "source"; value: ReturnType<typeof sourcesOf>["usage"][number] }
  | { kind: "letter"; value: ReturnType<typeof letterModel>["items"][number] }
  | { kind: "group"; value: ReturnType<typeof summariesOf>[number] }
  | { kind: "timeline"; value: ReturnType<typeof timelineOf>[number] };

function selectedItem(
  ds: Dataset,
  view: TuiState["view"],
  cursor: number,
  missions: MissionList,
  letter: ReturnType<typeof letterModel> | undefined,
): Selected | undefined {
  const wrap = <K extends Selected["kind"]>(kind: K, value: unknown) =>
    value === undefined ? undefined : ({ kind, value } as Selected);
  switch (view) {
    case "missions":
      return wrap("mission", missions.missions[cursor]);
    case "sources":
      return wrap("source", sourcesOf(ds).usage[cursor]);
    case "considerations":
      return wrap("letter", letter?.items[cursor]);
    case "groups":
      return wrap("group", summariesOf(ds)[cursor]);
    case "timeline":
      return wrap("timeline", timelineOf(ds)[cursor]);
    default:
      return undefined;
  }
}
