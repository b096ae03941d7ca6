// The public API of @inzet/analysis: judgements and derived figures, kept apart from the facts
// in @inzet/data. Pure: no UI, Node or environment access.

// Assessments: the analyst's own file, its schema, template, loader and the weighted score.
export { checkAssessment } from "./assessment/check.js";
export { type AssessmentResult, loadAssessment } from "./assessment/load.js";
export { DEFAULT_SCALE } from "./assessment/scale.js";
export {
  ASSESSMENT_SCHEMA_ID,
  Assessment,
  AssessmentMeta,
  assessmentJsonSchema,
  Rating,
  Rationale,
  ScaleLevel,
} from "./assessment/schema.js";
export {
  assessmentOf,
  type ContributionAssessment,
  type RatingView,
  type WeightedScore,
  weightedScore,
} from "./assessment/score.js";
export { assessmentTemplate } from "./assessment/template.js";
export {
  type EditionMetrics,
  editionMetrics,
  editionMetricsSeries,
} from "./editions/edition-metrics.js";
// Facts turned into indicators, by fixed tables.
export { FRAMEWORK_LABELS, FRAMEWORKS, type Framework, frameworkOf } from "./frameworks.js";
export { EARTH_RADIUS_KM, greatCircleKm } from "./geo/distance.js";
export { REGIONS, type Region, regionOf, regionsOf } from "./geo/regions.js";
export type { FrameworkValue } from "./indicators/alliance.js";
export type { PersonnelValue, TokenValue } from "./indicators/burden.js";
export {
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorDefinition,
  type IndicatorId,
} from "./indicators/catalogue.js";
export type { HeadquartersDistance } from "./indicators/distance.js";
export type { Duration } from "./indicators/duration.js";
export type { Indicator } from "./indicators/indicator.js";
export {
  type ContributionIndicators,
  contributionIndicators,
  type IndicatorOptions,
  portfolioIndicators,
} from "./indicators/indicators.js";
export {
  contains,
  exactly,
  formatInterval,
  type Interval,
  type IntervalFormat,
  pointOf,
} from "./interval.js";
// Portfolio metrics, as intervals.
export { METRIC_IDS, METRICS, type MetricDefinition, type MetricId } from "./metrics/catalogue.js";
export {
  hhi,
  hhiMaximum,
  hhiMinimum,
  MAX_ENUMERATED,
  type Range,
} from "./metrics/concentration.js";
export {
  type GroupMetrics,
  type Metric,
  type MetricOptions,
  type PortfolioMetrics,
  portfolioMetrics,
} from "./metrics/metrics.js";
export {
  type EvaluationScope,
  evaluationScope,
  type PortfolioOptions,
  portfolioFromDataset,
} from "./portfolio/build.js";
export type {
  Contribution,
  Group,
  GroupFigure,
  Personnel,
  Portfolio,
} from "./portfolio/portfolio.js";
export { TOKEN_THRESHOLD, type TokenAnswer, tokenAnswer } from "./portfolio/token.js";
// Scenarios: what-ifs on the portfolio, shared as a URL-safe string, compared side by side.
export { type ApplyResult, applyScenario } from "./scenario/apply.js";
export { decodeScenario, encodeScenario } from "./scenario/codec.js";
export {
  type Column,
  type CompareResult,
  type Comparison,
  compareScenarios,
  type GroupRow,
  MAX_COMPARED,
  type MetricRow,
} from "./scenario/compare.js";
export { parseScenario, type ScenarioParse } from "./scenario/parse.js";
export {
  Operation,
  SCENARIO_SCHEMA_ID,
  Scenario,
  ScenarioGroup,
  scenarioJsonSchema,
} from "./scenario/schema.js";
export {
  endTokenOutsideLargest,
  type GroupRank,
  type Rank,
  rankGroups,
  type TokenPlan,
  type TokenPlanOptions,
} from "./scenario/token-plan.js";
export {
  answerTokenQuestion,
  type ContributionReport,
  type TokenQuestionAnswer,
} from "./scenario/token-question.js";
export type { Span } from "./span.js";
export type { RunStatus } from "./time/duration.js";
