// The Frictionless data package and the DCAT-AP description, made by @inzet/publish from the
// dataset at build time and served as files: /data/datapackage/…, /data/dcat.jsonld.
import type { Dataset } from "@inzet/data";
import { type DataPackage, DOWNLOADS, dataPackage, dcatDataset } from "@inzet/publish";
import { links } from "./site-links";

export type ServedFile = { body: string; type: string };

const JSON_TYPE = "application/json; charset=utf-8";
const packages = new WeakMap<Dataset, DataPackage>();

/** The package, made once per dataset: every one of its files is a route of its own. */
export function packageOf(ds: Dataset): DataPackage {
  let made = packages.get(ds);
  if (!made) {
    made = dataPackage(ds, { baseUrl: `${links().data}${DOWNLOADS.dataPackageFolder}` });
    packages.set(ds, made);
  }
  return made;
}

/** "datapackage.json" and each CSV's name ("missions.csv"), as in the package folder. */
export function packageFileNames(ds: Dataset): string[] {
  return ["datapackage.json", ...packageOf(ds).resources.map((r) => r.path)];
}

export function packageFile(ds: Dataset, name: string): ServedFile | undefined {
  const pkg = packageOf(ds);
  if (name === "datapackage.json") {
    return { body: `${JSON.stringify(pkg.descriptor, null, 2)}\n`, type: JSON_TYPE };
  }
  const resource = pkg.resources.find((r) => r.path === name);
  return resource && { body: resource.csv, type: "text/csv; charset=utf-8" };
}

/** The dataset's DCAT-AP description (JSON-LD), for data portals to harvest. */
export function dcatFile(ds: Dataset): ServedFile {
  const doc = dcatDataset(ds, { baseUrl: links().data, links: links() });
  return { body: `${JSON.stringify(doc, null, 2)}\n`, type: "application/ld+json; charset=utf-8" };
}
