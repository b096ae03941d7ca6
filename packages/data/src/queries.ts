// @inzet/data/queries: everything needed to read the bundled dataset — the dataset, the queries,
// formatting and labels — without the zod schemas, validation or serialisation. Programs that only
// read (the terminal UI's first frame, the dashboard's browser code) start faster and ship less.
// The main entry re-exports all of it. The model's types (Mission, Dataset, …) are the schemas'
// and come from the main entry: `import type { Mission } from "@inzet/data"` loads no zod.

export { bundledDataset } from "./bundled.js";
export { countryName, isCountryCode } from "./model/countries.js";
export {
  compareDates,
  daysInMonth,
  firstDay,
  formatPartialDate,
  isCertainlyBefore,
  lastDay,
  yearPosition,
  yearSpan,
} from "./model/dates.js";
export {
  canonicalUrl,
  identifierLabel,
  identifierUrl,
  kamerstukOf,
} from "./model/identifiers.js";
export { LABELS } from "./model/labels.js";
export { type LocatedFact, missionFacts } from "./model/mission-facts.js";
export { PUBLISHER_KINDS } from "./model/publisher-kinds.js";
export { STRENGTH_BASES } from "./quantity/bases.js";
export {
  APPROXIMATION_MARGIN,
  addBounds,
  type Bounds,
  type Comparison,
  compareBounds,
  compareQuantities,
  FEW_MINIMUM,
  quantityBounds,
  sumQuantities,
} from "./quantity/bounds.js";
export {
  type FormatOptions,
  formatBounds,
  formatQuantity,
  type QuantityStyle,
} from "./quantity/format.js";
export { QUALIFIERS, VALUED_QUALIFIERS } from "./quantity/qualifiers.js";
export {
  type ClusterSummary,
  clusterSummaries,
  clustersTotal,
  letterFigure,
} from "./query/clusters.js";
export {
  editionClusters,
  editionMissions,
  editionsByYear,
  type MissionCountRow,
  missionCountSeries,
  missionEditions,
  primaryEdition,
} from "./query/editions.js";
export {
  type FigureSubject,
  figureForYear,
  figuresFor,
  isStrength,
} from "./query/figures.js";
export {
  citationKey,
  type Footnote,
  type Footnotes,
  footnotes,
  type NoteGrain,
} from "./query/footnotes.js";
export { clusterOf, getCluster, getMission, getOrganisation, getSource } from "./query/lookup.js";
export { listMissions, type MissionFilter, missionMatches } from "./query/missions.js";
export {
  monthlySeries,
  type SeriesCategory,
  type SeriesPoint,
  seriesFigureIds,
  seriesMonths,
} from "./query/monthly-series.js";
export { normaliseName } from "./query/normalise.js";
export { type OrganisationShare, organisationBreakdown } from "./query/organisations.js";
export {
  type FactTally,
  type FigureTally,
  type MissionQuality,
  type QualityReport,
  qualityReport,
} from "./query/quality.js";
export { searchMissions } from "./query/search.js";
export {
  citationLocator,
  citesSource,
  formatCitation,
  type SourceUsage,
  sourceChain,
  sourceLabel,
  sourceUsage,
} from "./query/sources.js";
export { type TimelineRow, timelineRows } from "./query/timeline.js";
