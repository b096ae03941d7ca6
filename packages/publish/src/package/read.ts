import { type Dataset, loadDataset, type ValidationIssue } from "@inzet/data";
import { type CellProblem, readCsv } from "./csv.js";
import { readEditions, readMissionCounts } from "./editions.js";
import { readFigures } from "./figures.js";
import { readClusters, readConsiderations, readOrganisations, readStatements } from "./letter.js";
import {
  annotateFacts,
  attachCitations,
  type FactRegistry,
  readMissions,
} from "./read-missions.js";
import { readSources } from "./sources.js";
import type { Tables } from "./table.js";
import { TABLES } from "./tables.js";
import { DATA_PACKAGE_FORMAT } from "./write.js";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function problem(
  file: string,
  path: (string | number)[],
  en: string,
  nl: string,
  hint: { en: string; nl: string },
): ValidationIssue {
  return { code: "schema", severity: "error", path, file, message: { en, nl }, hint };
}

const REGENERATE = {
  en: "Export the package again with `inzet export --format datapackage`, or correct the file by hand.",
  nl: "Exporteer het pakket opnieuw met `inzet export --format datapackage`, of verbeter het bestand met de hand.",
};

/** A problem in the package itself; `line` is the CSV record (the header is 1). */
export type PackageIssue = ValidationIssue & { line?: number };
export type PackageResult =
  | { ok: true; dataset: Dataset; warnings: ValidationIssue[] }
  | { ok: false; issues: PackageIssue[] };

function cellIssue(file: string, p: CellProblem): PackageIssue {
  const issue = problem(
    file,
    [p.column],
    `"${p.value}" is not a valid ${p.expected}.`,
    `"${p.value}" is geen geldige waarde van het type ${p.expected}.`,
    REGENERATE,
  );
  return { ...issue, line: p.row };
}

/**
 * The dataset a data package written by `dataPackage` holds, validated by `loadDataset`:
 * `csvByPath` gives each resource's CSV text by its path in the descriptor. Problems with the
 * package itself (a missing file or column, a cell of the wrong type) come as issues too.
 */
export function fromDataPackage(
  descriptor: unknown,
  csvByPath: Readonly<Record<string, string>>,
): PackageResult {
  const file = "datapackage.json";
  const inzet = isObject(descriptor) && isObject(descriptor.inzet) ? descriptor.inzet : undefined;
  const resources =
    isObject(descriptor) && Array.isArray(descriptor.resources) ? descriptor.resources : [];
  if (!inzet || !isObject(inzet.meta))
    return {
      ok: false,
      issues: [
        problem(
          file,
          ["inzet", "meta"],
          "The descriptor has no Inzet meta: it was not written by Inzet.",
          "De beschrijving heeft geen Inzet-meta: Inzet heeft haar niet geschreven.",
          REGENERATE,
        ),
      ],
    };
  if (inzet.format !== DATA_PACKAGE_FORMAT)
    return {
      ok: false,
      issues: [
        problem(
          file,
          ["inzet", "format"],
          `The package has layout ${String(inzet.format)}; this version of Inzet reads layout ${DATA_PACKAGE_FORMAT} (with editions and counts of missions).`,
          `Het pakket heeft indeling ${String(inzet.format)}; deze versie van Inzet leest indeling ${DATA_PACKAGE_FORMAT} (met edities en aantallen missies).`,
          REGENERATE,
        ),
      ],
    };
  const issues: PackageIssue[] = [];
  const tables: Tables = {};
  for (const table of TABLES) {
    const resource = resources.find((r) => isObject(r) && r.name === table.name);
    const path =
      isObject(resource) && typeof resource.path === "string" ? resource.path : `${table.name}.csv`;
    const text = csvByPath[path];
    if (text === undefined) {
      issues.push(
        problem(
          path,
          [],
          `The resource ${table.name} (${path}) is missing.`,
          `De bron ${table.name} (${path}) ontbreekt.`,
          REGENERATE,
        ),
      );
      continue;
    }
    const { rows, problems, missing } = readCsv(table.fields, text);
    for (const column of missing)
      issues.push({
        ...problem(
          path,
          [column],
          `The column ${column} is missing.`,
          `De kolom ${column} ontbreekt.`,
          REGENERATE,
        ),
        line: 1,
      });
    issues.push(...problems.map((p) => cellIssue(path, p)));
    tables[table.name] = rows;
  }
  if (issues.length > 0) return { ok: false, issues };
  return loadDataset(assemble(inzet.meta, tables));
}

function assemble(meta: unknown, tables: Tables): Record<string, unknown> {
  const facts: FactRegistry = new Map();
  const missions = readMissions(tables, facts);
  const { editions, covers } = readEditions(
    tables.editions ?? [],
    tables.edition_coverage ?? [],
    facts,
  );
  annotateFacts(tables.facts ?? [], facts);
  const missionCounts = readMissionCounts(tables.mission_counts ?? []);
  const figures = readFigures(tables.figures ?? []);
  const clusters = readClusters(tables.clusters ?? [], tables.cluster_missions ?? []);
  const considerations = readConsiderations(tables.considerations ?? []);
  const statements = readStatements(tables.statements ?? []);
  const byId = (items: Record<string, unknown>[]) => new Map(items.map((i) => [String(i.id), i]));
  attachCitations(tables.citations ?? [], {
    facts,
    covers,
    byTable: {
      missions: byId(missions),
      figures: byId(figures),
      clusters: byId(clusters),
      considerations: byId(considerations),
      statements: byId(statements),
      missionCounts: byId(missionCounts),
    },
  });
  return {
    meta,
    sources: readSources(tables.sources ?? [], tables.accessed_via ?? []),
    organisations: readOrganisations(tables.organisations ?? []),
    editions,
    clusters,
    missions,
    figures,
    missionCounts,
    considerations,
    statements,
  };
}
