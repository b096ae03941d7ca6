import { citationsTable } from "./citations.js";
import { editionCoverageTable, editionsTable, missionCountsTable } from "./editions.js";
import { factsTable } from "./facts.js";
import { figuresTable } from "./figures.js";
import {
  clusterMissionsTable,
  clustersTable,
  considerationsTable,
  organisationsTable,
  statementsTable,
} from "./letter.js";
import {
  contributionNotesTable,
  contributionRolesTable,
  contributionsTable,
  headquartersTable,
  legalBasesTable,
} from "./mission-parts.js";
import {
  missionAliasesTable,
  missionCountriesTable,
  missionsTable,
  missionTypesTable,
} from "./missions.js";
import { accessedViaTable, sourcesTable } from "./sources.js";
import type { TableSpec } from "./table.js";

/** Every table of the data package, in the order a reader meets them: missions first. */
export const TABLES: readonly TableSpec[] = [
  missionsTable,
  contributionsTable,
  figuresTable,
  missionCountsTable,
  sourcesTable,
  citationsTable,
  factsTable,
  editionsTable,
  editionCoverageTable,
  clustersTable,
  clusterMissionsTable,
  organisationsTable,
  missionAliasesTable,
  missionTypesTable,
  missionCountriesTable,
  legalBasesTable,
  headquartersTable,
  contributionRolesTable,
  contributionNotesTable,
  considerationsTable,
  statementsTable,
  accessedViaTable,
];
