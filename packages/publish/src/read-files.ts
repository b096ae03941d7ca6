// One entry for a dataset of the user's own, whatever its form: a Frictionless data package
// folder, or YAML/JSON files (a folder of fragments or one exported file). The caller reads the
// files (the CLI through its Io, the web build with fs); this decides what they are.
import { type DataFile, type FilesResult, loadFiles } from "@inzet/data/files";
import { fromDataPackage } from "./package/read.js";

const DESCRIPTOR = "datapackage.json";

const textOf = (f: DataFile) => ("text" in f ? f.text : new TextDecoder().decode(f.bytes));

/** Whether these files hold a data package: a datapackage.json among them. */
export const isDataPackage = (files: readonly { file: string }[]): boolean =>
  files.some((f) => f.file === DESCRIPTOR || f.file.endsWith(`/${DESCRIPTOR}`));

/**
 * The dataset in `files`, validated: a data package (its datapackage.json and CSVs, paths
 * relative to the descriptor's folder) or whole-dataset YAML/JSON (with meta). Issues name the file.
 */
export function loadDatasetFiles(files: readonly DataFile[]): FilesResult {
  const descriptorFile = files.find(
    (f) => f.file === DESCRIPTOR || f.file.endsWith(`/${DESCRIPTOR}`),
  );
  if (!descriptorFile) return loadFiles(files);
  const prefix = descriptorFile.file.slice(0, -DESCRIPTOR.length);
  const csvByPath: Record<string, string> = {};
  for (const f of files)
    if (f.file.startsWith(prefix) && f.file.endsWith(".csv"))
      csvByPath[f.file.slice(prefix.length)] = textOf(f);
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(textOf(descriptorFile));
  } catch {
    descriptor = undefined;
  }
  const result = fromDataPackage(descriptor, csvByPath);
  const locate = <T extends { file?: string }>(i: T): T =>
    i.file ? { ...i, file: `${prefix}${i.file}` } : { ...i, file: descriptorFile.file };
  return result.ok
    ? { ...result, warnings: result.warnings.map(locate) }
    : { ok: false, issues: result.issues.map(locate) };
}
