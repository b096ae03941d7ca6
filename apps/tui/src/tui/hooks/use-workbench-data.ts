import type { Dataset } from "@inzet/data";
import { useMemo } from "react";
import type { LoadedAssessment } from "../../io.js";
import type { MatrixModel, PortfolioModel, TrendModel } from "../../workbench-main.js";
import type { Layout } from "../lib/layout.js";
import type { Line } from "../lib/lines.js";
import type { ListModel } from "../lib/list.js";
import { isWorkbenchView, type TuiState } from "../lib/state.js";
import { useWorkbench } from "./use-workbench.js";

/** What the Assessment, Portfolio and Trend views show beyond a list and a detail. */
export type WorkbenchExtra =
  | { kind: "loading" }
  | { kind: "failed"; reason: string }
  | { kind: "assessment"; matrix: MatrixModel }
  | { kind: "portfolio"; summary: string; selected: string | undefined; preset: readonly string[] }
  | { kind: "trend" };

export type WorkbenchData = {
  count: number;
  cursor: number;
  list: ListModel | undefined;
  detail: readonly Line[];
  detailWidth: number;
  copy: string | undefined;
  workbench: WorkbenchExtra;
};

type Models = { matrix?: MatrixModel; portfolio?: PortfolioModel; trend?: TrendModel };

/** The current workbench view's models, built once its code has loaded; undefined elsewhere. */
export function useWorkbenchData(
  ds: Dataset,
  state: TuiState,
  layout: Layout,
  assessment: LoadedAssessment | undefined,
): WorkbenchData | undefined {
  const { view, lang, ended, preset } = state;
  const active = isWorkbenchView(view);
  const load = useWorkbench(active);
  const wb = load.state === "ready" ? load.workbench : undefined;
  const models = useMemo((): Models => {
    if (!wb || !active) return {};
    if (view === "assessment") return { matrix: wb.assessmentModel(ds, lang, assessment) };
    if (view === "portfolio")
      return { portfolio: wb.portfolioModel(ds, lang, ended, assessment?.assessment) };
    return { trend: wb.trendModel(ds, lang) };
  }, [wb, active, view, ds, lang, ended, assessment]);
  const count =
    models.matrix?.rows.length ??
    models.portfolio?.itemRows.length ??
    models.trend?.itemRows.length ??
    0;
  const cursor = Math.min(state.cursors[view], Math.max(0, count - 1));
  const detailWidth = view === "assessment" || !layout.wide ? layout.columns : layout.detailWidth;
  const detail = useMemo((): readonly Line[] => {
    if (!wb) return [];
    if (models.matrix)
      return wb.assessmentDetail(ds, models.matrix, cursor, lang, detailWidth, assessment);
    if (models.portfolio)
      return wb.portfolioDetail(ds, models.portfolio, cursor, lang, detailWidth, preset);
    if (models.trend) return wb.trendDetail(ds, models.trend, cursor, lang, detailWidth);
    return [];
  }, [wb, models, ds, cursor, lang, detailWidth, assessment, preset]);
  if (!active) return undefined;
  const base = { count, cursor, detail, detailWidth };
  if (load.state === "failed")
    return {
      ...base,
      list: undefined,
      copy: undefined,
      workbench: { kind: "failed", reason: load.reason },
    };
  if (!wb) return { ...base, list: undefined, copy: undefined, workbench: { kind: "loading" } };
  if (models.matrix)
    return {
      ...base,
      list: undefined,
      copy: wb.assessmentCopy(ds, models.matrix, cursor, lang),
      workbench: { kind: "assessment", matrix: models.matrix },
    };
  if (models.portfolio)
    return {
      ...base,
      list: models.portfolio,
      copy: wb.portfolioCopy(ds, models.portfolio, cursor, lang),
      workbench: {
        kind: "portfolio",
        summary: models.portfolio.summary,
        selected: models.portfolio.ids[cursor],
        preset: wb.tokenPresetIds(ds),
      },
    };
  if (models.trend)
    return {
      ...base,
      list: models.trend,
      copy: wb.trendCopy(ds, models.trend, cursor, lang),
      workbench: { kind: "trend" },
    };
  return { ...base, list: undefined, copy: undefined, workbench: { kind: "loading" } };
}
