import type { Dataset } from "@inzet/data";
import { Box, Text } from "ink";
import type { Translate } from "../../i18n/messages.js";
import type { ViewData } from "../hooks/use-view-data.js";
import { groupsTotal } from "../lib/groups.js";
import type { Layout } from "../lib/layout.js";
import { summariesOf, timelineOf } from "../lib/models.js";
import type { TuiState } from "../lib/state.js";
import { timelineText } from "../lib/timeline.js";
import { textView } from "../lib/view-text.js";
import { GroupsView } from "./groups-view.js";
import { ListDetail } from "./list-detail.js";
import { MatrixView } from "./matrix-view.js";
import { TimelineView } from "./timeline-view.js";

export type ViewBodyProps = {
  ds: Dataset;
  state: TuiState;
  data: ViewData;
  layout: Layout;
  t: Translate;
};

/** The current view between header and footer. */
export function ViewBody({ ds, state, data, layout, t }: ViewBodyProps) {
  const { view, lang } = state;
  const height = layout.body;
  const more = (count: number, focused = state.detail) =>
    t(focused ? "tui.more.scroll" : "tui.more.open", { count });
  if (view === "groups")
    return (
      <GroupsView
        summaries={summariesOf(ds)}
        total={groupsTotal(ds, lang)}
        title={t("tui.groups.title", { year: ds.meta.year })}
        cursor={data.cursor}
        detail={data.detail}
        scroll={state.detail ? state.scroll : 0}
        lang={lang}
        width={layout.columns}
        height={height}
        more={more}
      />
    );
  if (view === "timeline") {
    const rows = timelineOf(ds);
    const row = rows[data.cursor];
    return (
      <TimelineView
        rows={rows}
        through={ds.meta.year}
        title={t("tui.timeline.title")}
        selected={row ? timelineText(row, textView(lang)) : ""}
        cursor={data.cursor}
        lang={lang}
        width={layout.columns}
        height={height}
      />
    );
  }
  const workbench = data.workbench;
  if (workbench?.kind === "loading" || workbench?.kind === "failed")
    return (
      <Box height={height} width={layout.columns}>
        <Text dimColor={workbench.kind === "loading"}>
          {workbench.kind === "loading"
            ? t("tui.loading")
            : t("tui.loadFailed", { reason: workbench.reason })}
        </Text>
      </Box>
    );
  if (workbench?.kind === "assessment")
    return (
      <MatrixView
        matrix={workbench.matrix}
        cursor={data.cursor}
        detail={data.detail}
        focusDetail={state.detail}
        scroll={state.scroll}
        width={layout.columns}
        height={height}
        more={more}
      />
    );
  if (!data.list) return null;
  const empty =
    view === "missions" && state.query.trim() !== ""
      ? t("tui.search.none", { query: state.query })
      : t("tui.empty");
  return (
    <ListDetail
      model={data.list}
      cursor={data.cursor}
      detail={data.detail}
      focusDetail={state.detail}
      scroll={state.scroll}
      layout={layout}
      height={height}
      empty={empty}
      more={more}
    />
  );
}
