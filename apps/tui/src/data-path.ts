// A dataset of the user's own (`--data PATH`, `INZET_DATA`, `inzet diff OLD NEW`): a folder of
// YAML, an exported JSON file or a Frictionless data package folder, validated like `validate`.
import type { Dataset } from "@inzet/data";
import { type FilesResult, loadFiles } from "@inzet/data/files";
import { fromDataPackage } from "@inzet/publish";
import { readDataFiles } from "./commands/read-files.js";
import { validateReport } from "./commands/validate.js";
import { dataError } from "./errors.js";
import { fsReason, type Io } from "./io.js";
import type { View } from "./output/view.js";

const DESCRIPTOR = "datapackage.json";
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The data package in folder `dir`, whose files are `files`: its descriptor and CSVs. */
function readPackage(dir: string, files: readonly string[], io: Io): FilesResult {
  const prefix = `${dir.replace(/\/+$/, "")}/`;
  const csvByPath: Record<string, string> = {};
  for (const file of files)
    if (file.endsWith(".csv")) csvByPath[file.slice(prefix.length)] = decode(io.readBytes(file));
  let descriptor: unknown;
  const text = decode(io.readBytes(`${prefix}${DESCRIPTOR}`));
  try {
    descriptor = JSON.parse(text);
  } catch {
    descriptor = undefined;
  }
  const result = fromDataPackage(descriptor, csvByPath);
  const locate = <T extends { file?: string }>(i: T) =>
    i.file ? { ...i, file: `${prefix}${i.file}` } : i;
  return result.ok
    ? { ...result, warnings: result.warnings.map(locate) }
    : { ok: false, issues: result.issues.map(locate) };
}

/** Reads and validates the dataset at `path`; the result, and how many files it came from. */
export function loadDataPath(
  path: string,
  io: Io,
  view: View,
): { result: FilesResult; files: number } {
  let listing: { directory: boolean; files: string[] };
  try {
    listing = io.expandPath(path);
  } catch (error) {
    throw dataError(view.t("error.read", { file: path, reason: fsReason(error, view.t) }));
  }
  if (listing.directory && listing.files.some((f) => f.endsWith(`/${DESCRIPTOR}`)))
    return { result: readPackage(path, listing.files, io), files: listing.files.length };
  const files = readDataFiles([path], io, view);
  // No base: the dataset must be whole, with its meta.
  return { result: loadFiles(files), files: files.length };
}

/** The dataset at `path`, or a data error listing its problems located as `validate` does. */
export function datasetAt(path: string, io: Io, view: View): Dataset {
  const { result, files } = loadDataPath(path, io, view);
  if (result.ok) return result.dataset;
  const report = validateReport(result, files, view);
  throw dataError(`${view.t("error.dataInvalid", { path })}\n${report.text.trimEnd()}`);
}
