import type { Dataset } from "@inzet/data";
import type { Translate } from "../../i18n/messages.js";
import type { ViewData } from "../hooks/use-view-data.js";
import { filterLabel } from "./filter-options.js";
import type { TuiState } from "./state.js";

/** The status line when there is no message: position, and any search or filter in force. */
export function statusSummary(ds: Dataset, state: TuiState, data: ViewData, t: Translate): string {
  const parts: string[] = [];
  if (data.count > 0) parts.push(t("tui.position", { index: data.cursor + 1, count: data.count }));
  if (data.workbench?.kind === "portfolio") parts.push(data.workbench.summary);
  if (state.view === "missions") {
    if (state.query.trim() !== "") parts.push(t("tui.search.active", { query: state.query }));
    if (state.filter)
      parts.push(t("tui.filter.active", { name: filterLabel(ds, state.filter, state.lang) }));
    if (state.query.trim() !== "" || state.filter) parts.push(t("tui.clearHint"));
  }
  return parts.join(" · ");
}
