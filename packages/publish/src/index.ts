// The public API of @inzet/publish: pure functions that turn an Inzet dataset into what open-data
// portals, search engines and reference managers read. No UI, Node or environment access.

export { citationCff } from "./cff.js";
export {
  type CiteOptions,
  type CslItem,
  cslCluster,
  cslDataset,
  cslMission,
  cslSource,
} from "./cite/csl.js";
export {
  CITATION_FILES,
  CITATION_FORMATS,
  type CitationFormat,
  formatCitations,
} from "./cite/formats.js";
export { referenceText } from "./cite/text.js";
export { type Coverage, coverage } from "./coverage.js";
export { DCAT_CONTEXT, type DcatOptions, dcatDataset } from "./dcat.js";
export { applyDiff } from "./diff/apply.js";
export { type Change, type ChangeType, type DatasetDiff, diffDatasets } from "./diff/diff.js";
export { type DiffSummary, diffSummary, diffToJson, diffToText } from "./diff/render.js";
export { type Download, downloads } from "./downloads.js";
export { type Licence, licenceOf } from "./licence.js";
export { fromDataPackage, type PackageIssue, type PackageResult } from "./package/read.js";
export {
  DATA_PACKAGE_FORMAT,
  type DataPackage,
  type DataPackageOptions,
  type DataPackageResource,
  dataPackage,
  packageName,
} from "./package/write.js";
export { type DataPath, formatDataPath, type PathSegment } from "./path.js";
export { isDataPackage, loadDatasetFiles } from "./read-files.js";
export { jsonLdText, type SchemaOrgOptions, schemaOrgDataset } from "./schema-org.js";
export { DOWNLOADS, type SiteLinks, siteLinks } from "./site.js";
