// Validates a written data package with the Frictionless JavaScript libraries (datapackage,
// which uses tableschema): the descriptor against the Tabular Data Package profile, each
// resource's Table Schema, and every row — types, constraints, unique and primary keys, and
// foreign keys (relations are resolved for every row).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataPackage } from "../package/write.js";

// The few parts of datapackage's API used here (it ships no types).
type Resource = {
  name: string;
  errors: Error[];
  read(options: { keyed?: boolean; relations?: boolean; forceCast?: boolean }): Promise<unknown[]>;
};
type Package = { errors: Error[]; resources: Resource[] };
type PackageClass = { load(path: string, options?: { strict?: boolean }): Promise<Package> };
// Through require: a CommonJS library without types (an import would need a declaration file).
const { Package } = createRequire(import.meta.url)("datapackage") as { Package: PackageClass };

export type Report = {
  descriptor: string[];
  rows: Record<string, string[]>;
  rowCounts: Record<string, number>;
};

/** Writes the package to a temporary folder, as a user would get it. */
export function writeFolder({ descriptor, resources }: DataPackage): string {
  const dir = mkdtempSync(join(tmpdir(), "inzet-datapackage-"));
  writeFileSync(join(dir, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
  for (const r of resources) writeFileSync(join(dir, r.path), r.csv);
  return dir;
}

const messages = (e: Error & { errors?: Error[] }): string[] =>
  e.errors && e.errors.length > 0 ? e.errors.map((x) => `${e.message}: ${x.message}`) : [e.message];

export async function validateFolder(dir: string): Promise<Report> {
  // strict: false collects descriptor errors instead of throwing on the first.
  const pkg = await Package.load(join(dir, "datapackage.json"), { strict: false });
  const report: Report = { descriptor: pkg.errors.map((e) => e.message), rows: {}, rowCounts: {} };
  for (const resource of pkg.resources) {
    report.descriptor.push(...resource.errors.map((e) => `${resource.name}: ${e.message}`));
    const errors = (rows: unknown[]) =>
      rows.filter((r) => r instanceof Error).flatMap((e) => messages(e as Error));
    // Types and constraints first; then foreign keys, which read the referenced tables too and
    // throw (rather than report a row) when one of those cannot be read.
    const rows = await resource.read({ keyed: true, forceCast: true });
    report.rowCounts[resource.name] = rows.length;
    const found = errors(rows);
    try {
      found.push(...errors(await resource.read({ keyed: true, relations: true, forceCast: true })));
    } catch (error) {
      found.push(...messages(error as Error).map((m) => `resolving foreign keys: ${m}`));
    }
    report.rows[resource.name] = [...new Set(found)];
  }
  return report;
}

export async function validatePackage(p: DataPackage): Promise<Report> {
  const dir = writeFolder(p);
  try {
    return await validateFolder(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
