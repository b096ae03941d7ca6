// @inzet/data/queries: everything needed to read the bundled dataset — the dataset, the queries,
// formatting and labels — without the zod schemas, validation or serialisation. Programs that only
// read (the terminal UI's first frame, the dashboard's browser code) start faster and ship less.
// The main entry re-exports all of it.

export { bundledDataset } from "./bundled.js";
export type { Citation, Fact } from "./model/citation.js";
export type { Cluster, ClusterRelation } from "./model/cluster.js";
export { countryName, isCountryCode } from "./model/countries.js";
export type { Collection, Dataset, DatasetMeta } from "./model/dataset.js";
export {
  firstDay,
  formatPartialDate,
  isCertainlyBefore,
  lastDay,
  yearPosition,
  yearSpan,
} from "./model/dates.js";
export type { Period, PersonnelFigure, PersonnelScope } from "./model/figure.js";
export type {
  ClusterId,
  FigureId,
  MissionId,
  OrganisationId,
  SourceId,
  StatementId,
} from "./model/ids.js";
export { LABELS } from "./model/labels.js";
export type {
  Area,
  CountryCode,
  DutchContribution,
  Mission,
  MissionKind,
  MissionType,
  Place,
  RelatedMission,
} from "./model/mission.js";
export { type LocatedFact, missionFacts } from "./model/mission-facts.js";
export type { Organisation, OrganisationKind } from "./model/organisation.js";
export type {
  Coordinates,
  Lang,
  LocalizedText,
  OriginalText,
  PartialDate,
  UiLang,
} from "./model/primitives.js";
export type { KamerstukRef, Source, SourceKind } from "./model/source.js";
export type {
  Consideration,
  ConsiderationEmphasis,
  Statement,
  StatementKind,
} from "./model/statement.js";
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
export type { CountingBasis, Qualifier, Quantity } from "./quantity/quantity.js";
export {
  type ClusterSummary,
  clusterSummaries,
  clustersTotal,
  letterFigure,
} from "./query/clusters.js";
export { figureForYear, figuresFor, isStrength } from "./query/figures.js";
export { clusterOf, getCluster, getMission, getOrganisation, getSource } from "./query/lookup.js";
export { listMissions, type MissionFilter, missionMatches } from "./query/missions.js";
export { normaliseName } from "./query/normalise.js";
export { type OrganisationShare, organisationBreakdown } from "./query/organisations.js";
export { searchMissions } from "./query/search.js";
export {
  citationLocator,
  formatCitation,
  type SourceUsage,
  sourceLabel,
  sourceUsage,
} from "./query/sources.js";
export { type TimelineRow, timelineRows } from "./query/timeline.js";
