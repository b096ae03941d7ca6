// The Assessment, Portfolio and Trend views' code: @inzet/analysis and the view models built on
// it, bundled as a file of its own (dist/workbench-main.js) and loaded by load-workbench.ts only
// when one of these views is first opened.
export { assessmentCopy, assessmentDetail } from "./tui/workbench/assessment-detail.js";
export {
  assessmentModel,
  type MatrixModel,
  type MatrixRow,
} from "./tui/workbench/assessment-model.js";
export { tokenPresetIds } from "./tui/workbench/base.js";
export { portfolioCopy, portfolioDetail } from "./tui/workbench/portfolio-detail.js";
export { type PortfolioModel, portfolioModel } from "./tui/workbench/portfolio-model.js";
export { trendCopy, trendDetail } from "./tui/workbench/trend-detail.js";
export { type TrendModel, trendModel } from "./tui/workbench/trend-model.js";
