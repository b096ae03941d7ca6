// The public API of @inzet/data: schemas (which are also the types), the bundled dataset,
// validation, queries, formatting and serialisation. Pure: no UI, Node or environment access.

// The start of a new year's evaluation (docs/adding-an-edition.md).
export { type EditionTemplateOptions, editionTemplate } from "./edition-template.js";
// Schemas: each is both the zod schema and, by the same name, its type.
export { Citation, type Fact, FactStatus, fact } from "./model/citation.js";
export { Cluster, ClusterRelation } from "./model/cluster.js";
export {
  COLLECTIONS,
  type Collection,
  Dataset,
  DatasetMeta,
  DatasetPublisher,
} from "./model/dataset.js";
export { Edition, EditionCoverage } from "./model/edition.js";
export { Period, PersonnelFigure, PersonnelScope } from "./model/figure.js";
export {
  ClusterId,
  CountId,
  EditionId,
  FigureId,
  MissionId,
  OrganisationId,
  SourceId,
  StatementId,
} from "./model/ids.js";
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
export { MissionCount, MissionCountKind } from "./model/mission-count.js";
export { Organisation, OrganisationKind } from "./model/organisation.js";
export {
  Coordinates,
  Lang,
  LocalizedText,
  OriginalText,
  PartialDate,
  UiLang,
} from "./model/primitives.js";
export {
  AccessedVia,
  CelexRef,
  DoiRef,
  KamerstukRef,
  PublisherKind,
  Source,
  SourceIdentifier,
  SourceKind,
  UnSymbolRef,
} from "./model/source.js";
export {
  Consideration,
  ConsiderationEmphasis,
  Statement,
  StatementKind,
} from "./model/statement.js";
export { CountingBasis, Qualifier, Quantity } from "./quantity/quantity.js";
// Reading: the dataset, queries, formatting, labels (also alone as @inzet/data/queries).
export * from "./queries.js";

// Serialisation and validation.
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
export {
  formatPath,
  type IssueCode,
  isError,
  issue,
  type Severity,
  type ValidationIssue,
} from "./validate/issue.js";
export { type LoadResult, loadDataset } from "./validate/load.js";
export { fromZodIssues } from "./validate/schema-issues.js";
