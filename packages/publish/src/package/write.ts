import { canonicalUrl, type Dataset, getSource, sourceChain } from "@inzet/data";
import { licenceOf } from "../licence.js";
import { writeCsv } from "./csv.js";
import { TABLES } from "./tables.js";

/**
 * Which version of this package layout a descriptor holds, for readers to check. 2: editions,
 * their coverage, counts of missions, and groups by edition.
 */
export const DATA_PACKAGE_FORMAT = 2;

export type DataPackageOptions = {
  /** When the package was made (RFC 3339); left out when not given, so output is reproducible. */
  created?: string;
  /** Where the package is published (its folder's URL): becomes its id and homepage. */
  baseUrl?: string;
};

export type DataPackageResource = { path: string; csv: string };
export type DataPackage = { descriptor: Record<string, unknown>; resources: DataPackageResource[] };

/** RFC 4180, as written: said outright, so no reader has to guess (sniff) it. */
const CSV_DIALECT = {
  delimiter: ",",
  lineTerminator: "\r\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

/** `inzet` from "Inzet: small Dutch …": the part of the title before a colon, as a name. */
export function packageName(ds: Dataset): string {
  const head = ds.meta.title.en.split(":")[0] ?? ds.meta.title.en;
  const name = head
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return name === "" ? "dataset" : name;
}

/** The primary source and the documents it is part of: what the dataset is drawn from. */
function packageSources(ds: Dataset): Record<string, string>[] {
  const primary = getSource(ds, ds.meta.primarySource);
  if (!primary) return [];
  return sourceChain(ds, primary).map((s) => ({
    title: s.title,
    ...(canonicalUrl(s) ? { path: canonicalUrl(s) as string } : {}),
  }));
}

/**
 * The dataset as a Frictionless Tabular Data Package: `datapackage.json` (descriptor) and one
 * CSV per table, each with a Table Schema (types, constraints, primary and foreign keys).
 * `fromDataPackage` reads it back to the same dataset.
 */
export function dataPackage(ds: Dataset, options: DataPackageOptions = {}): DataPackage {
  const licence = licenceOf(ds.meta);
  const publisher = ds.meta.publisher;
  const base = options.baseUrl?.replace(/\/?$/, "/");
  const descriptor: Record<string, unknown> = {
    profile: "tabular-data-package",
    name: packageName(ds),
    ...(base ? { id: `${base}datapackage.json`, homepage: base } : {}),
    title: ds.meta.title.en,
    description: ds.meta.description.en,
    version: ds.meta.version,
    licenses: [{ name: licence.id, path: licence.url, title: licence.title }],
    sources: packageSources(ds),
    ...(publisher
      ? {
          contributors: [
            {
              title: publisher.name,
              role: "publisher",
              ...(publisher.url ? { path: publisher.url } : {}),
              ...(publisher.email ? { email: publisher.email } : {}),
            },
          ],
        }
      : {}),
    ...(ds.meta.keywords ? { keywords: ds.meta.keywords.map((k) => k.en) } : {}),
    ...(options.created ? { created: options.created } : {}),
    // Everything the standard fields cannot hold (Dutch title, year, …), for the way back.
    inzet: { format: DATA_PACKAGE_FORMAT, meta: ds.meta },
    resources: TABLES.map((t) => ({
      profile: "tabular-data-resource",
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title.en,
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: CSV_DIALECT,
      schema: {
        fields: t.fields,
        primaryKey: t.primaryKey,
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
        missingValues: [""],
      },
    })),
  };
  const resources = TABLES.map((t) => ({
    path: `${t.name}.csv`,
    csv: writeCsv(t.fields, t.rows(ds)),
  }));
  return { descriptor, resources };
}
