// The public API of @inzet/data: schemas (which are also the types), the bundled dataset,
// validation, queries, formatting and serialisation. Pure: no UI, Node or environment access.

export { bundledDataset } from "./bundled.js";
export { Citation, type Fact, fact } from "./model/citation.js";
export { Cluster, ClusterRelation } from "./model/cluster.js";
export { countryName, isCountryCode } from "./model/countries.js";
export { COLLECTIONS, type Collection, Dataset, DatasetMeta } from "./model/dataset.js";
export { firstDay, isCertainlyBefore, lastDay, yearSpan } from "./model/dates.js";
export { Period, PersonnelFigure, PersonnelScope } from "./model/figure.js";
export {
  ClusterId,
  FigureId,
  MissionId,
  OrganisationId,
  SourceId,
  StatementId,
} from "./model/ids.js";
export { LABELS } from "./model/labels.js";
export {
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
export { Organisation, OrganisationKind } from "./model/organisation.js";
export {
  Coordinates,
  Lang,
  LocalizedText,
  OriginalText,
  PartialDate,
  UiLang,
} from "./model/primitives.js";
export { KamerstukRef, Source, SourceKind } from "./model/source.js";
export {
  Consideration,
  ConsiderationEmphasis,
  Statement,
  StatementKind,
} from "./model/statement.js";
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
export { CountingBasis, Qualifier, Quantity, STRENGTH_BASES } from "./quantity/quantity.js";
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
export { formatCitation, type SourceUsage, sourceLabel, sourceUsage } from "./query/sources.js";
export { type TimelineRow, timelineRows } from "./query/timeline.js";
export {
  CSV_TABLES,
  type CsvTable,
  datasetToCsv,
  figuresToCsv,
  missionsToCsv,
  sourcesToCsv,
} from "./serialise/csv.js";
export { datasetJsonSchema, datasetToJson, SCHEMA_ID } from "./serialise/json.js";
export { type Fragment, type FragmentBase, loadFragments } from "./validate/fragments.js";
export { formatPath, type IssueCode, type ValidationIssue } from "./validate/issue.js";
export { type LoadResult, loadDataset } from "./validate/load.js";
