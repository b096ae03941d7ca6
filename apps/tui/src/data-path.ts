// A dataset of the user's own (`--data PATH`, `INZET_DATA`, `inzet diff OLD NEW`): a folder of
// YAML, an exported JSON file or a Frictionless data package folder, validated like `validate`.
import type { Dataset } from "@inzet/data";
import type { FilesResult } from "@inzet/data/files";
import { isDataPackage, loadDatasetFiles } from "@inzet/publish";
import { readDataFiles } from "./commands/read-files.js";
import { validateReport } from "./commands/validate.js";
import { dataError } from "./errors.js";
import { fsReason, type Io } from "./io.js";
import type { View } from "./output/view.js";

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
  if (listing.directory && isDataPackage(listing.files.map((file) => ({ file })))) {
    const files = listing.files
      .filter((f) => /(\.csv|\/datapackage\.json)$/.test(f))
      .map((file) => ({ file, bytes: io.readBytes(file) }));
    return { result: loadDatasetFiles(files), files: files.length };
  }
  const files = readDataFiles([path], io, view);
  // No base: the dataset must be whole, with its meta.
  return { result: loadDatasetFiles(files), files: files.length };
}

/** The dataset at `path`, or a data error listing its problems located as `validate` does. */
export function datasetAt(path: string, io: Io, view: View): Dataset {
  const { result, files } = loadDataPath(path, io, view);
  if (result.ok) return result.dataset;
  const report = validateReport(result, files, view);
  throw dataError(`${view.t("error.dataInvalid", { path })}\n${report.text.trimEnd()}`);
}
