import { ThemeProvider } from "@inkjs/ui";
import type { Dataset, UiLang } from "@inzet/data";
import { searchMissions } from "@inzet/data/queries";
import { Box, useWindowSize } from "ink";
import { useCallback, useEffect, useMemo, useReducer } from "react";
import { translator } from "../i18n/messages.js";
import type { LoadedAssessment } from "../io.js";
import { inert } from "../output/inert.js";
import { FilterMenu } from "./components/filter-menu.js";
import { Footer } from "./components/footer.js";
import { groupsChart, groupsLegend } from "./components/groups-view.js";
import { Header } from "./components/header.js";
import { HelpOverlay } from "./components/help-overlay.js";
import { matrixFit } from "./components/matrix-view.js";
import { timelineFit, timelineLegend } from "./components/timeline-view.js";
import { uiTheme } from "./components/ui-theme.js";
import { ViewBody } from "./components/view-body.js";
import { useKeys } from "./hooks/use-keys.js";
import { useSettled } from "./hooks/use-settled.js";
import { useViewData, type ViewData } from "./hooks/use-view-data.js";
import { filterOptions, filterValue, parseFilterValue } from "./lib/filter-options.js";
import { footerKeys } from "./lib/footer-keys.js";
import { type Layout, layoutFor } from "./lib/layout.js";
import { summariesOf } from "./lib/models.js";
import { initialState, reduce, type TuiState, VIEWS, type ViewId } from "./lib/state.js";
import { statusSummary } from "./lib/summary.js";

export type AppProps = {
  dataset: Dataset;
  lang: UiLang;
  view?: ViewId;
  /** An analyst's assessment file, checked: the Assessment view shows its ratings. */
  assessment?: LoadedAssessment;
};

/** Searching 10 000 missions takes tens of ms: there, wait for a pause in typing; else search at once. */
const searchDelay = (ds: Dataset) => (ds.missions.length > 2000 ? 60 : -1);

/** The interactive UI: pure, all data from props; keys in useKeys, layout from the terminal size. */
export function App({ dataset: ds, lang, view, assessment }: AppProps) {
  const { columns, rows } = useWindowSize();
  const layout = useMemo(() => layoutFor(columns, rows), [columns, rows]);
  const [state, dispatch] = useReducer(reduce, undefined, () => initialState(lang, view));
  const settled = useSettled(state.query, searchDelay(ds));
  const query = state.query === "" ? "" : settled;
  const data = useViewData(ds, state, query, layout, assessment);
  const t = translator(state.lang);
  const { missions } = data;
  // A new search puts the cursor on its best match.
  useEffect(() => {
    if (query !== "") dispatch({ type: "select", index: missions.best });
  }, [query]);
  useKeys({ ds, state, dispatch, data, ...paneHeights(ds, state, layout, data) });
  // Build the search index while nobody types, so the first search letter does not wait for it.
  useEffect(() => {
    const timer = setTimeout(() => searchMissions(ds, "warm"), 100);
    return () => clearTimeout(timer);
  }, [ds]);
  const onFilter = useCallback(
    (value: string) => dispatch({ type: "filter", filter: parseFilterValue(value) }),
    [],
  );
  const tabs = useMemo(() => VIEWS.map((v) => t(`tui.view.${v}`)), [t]);
  const body =
    state.overlay === "help" ? (
      <HelpOverlay t={t} width={layout.columns} height={layout.body} />
    ) : state.overlay === "filter" ? (
      <FilterMenu
        title={t("tui.filter.title")}
        options={filterOptions(ds, state.lang)}
        current={filterValue(state.filter)}
        onChoose={onFilter}
        width={layout.columns}
        height={layout.body}
      />
    ) : (
      <ViewBody ds={ds} state={state} data={data} layout={layout} t={t} />
    );
  return (
    <ThemeProvider theme={uiTheme}>
      <Box flexDirection="column" width={layout.columns} height={layout.height}>
        <Header
          title={datasetTitle(ds, state.lang)}
          lang={state.lang}
          view={state.view}
          tabs={tabs}
          width={layout.columns}
        />
        {body}
        <Footer
          width={layout.columns}
          searching={state.overlay === "search"}
          query={state.query}
          searchLabel={t("tui.search.prompt")}
          placeholder={t("tui.search.placeholder")}
          status={state.status}
          summary={statusSummary(ds, state, data, t)}
          keys={footerKeys(state, t, layout.columns)}
        />
      </Box>
    </ThemeProvider>
  );
}

/** The dataset's own title, with its year where the title does not give it. */
function datasetTitle(ds: Dataset, lang: UiLang): string {
  const title = inert(ds.meta.title[lang]);
  const year = String(ds.meta.year);
  return title.includes(year) ? title : `${title} · ${year}`;
}

/** The app as an element, for cli.ts (which has no JSX). */
export const appElement = (props: AppProps) => <App {...props} />;

/** How many list rows and detail lines fit in the current view, for paging and scrolling. */
function paneHeights(ds: Dataset, state: TuiState, layout: Layout, data: ViewData) {
  if (data.workbench?.kind === "assessment") {
    const { matrix } = data.workbench;
    const fitted = matrixFit(layout.body, matrix.rows.length, matrix.legend.length, state.detail);
    return { listHeight: fitted.rows, detailHeight: Math.max(1, fitted.detail) };
  }
  if (state.view === "groups") {
    const { detail } = groupsChart(
      layout.body,
      summariesOf(ds).length,
      groupsLegend(state.lang, layout.columns).length,
    );
    return { listHeight: layout.body, detailHeight: Math.max(1, detail) };
  }
  if (state.view === "timeline") {
    const { rows } = timelineFit(layout.body, timelineLegend(state.lang, layout.columns).length);
    return { listHeight: rows, detailHeight: layout.body };
  }
  return { listHeight: layout.body, detailHeight: layout.body };
}
