// A dataset of one's own (INZET_DATA): read from disk here, validated by @inzet/publish's
// loadDatasetFiles, the same entry `inzet --data` uses. The build stops on any error, each
// located in its file, as `inzet validate` reports them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@inzet/data";
import { type DataFile, type FilesResult, issueLocation } from "@inzet/data/files";
import { isDataPackage, loadDatasetFiles } from "@inzet/publish";

const DATA_FILE = /\.(ya?ml|json)$/i;
const PACKAGE_FILE = /(^|\/)(datapackage\.json|[^/]+\.csv)$/i;

/** Every file under a folder, with its full path, sorted (so issues come in a stable order). */
function listFolder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The files of the dataset at `path`: a data package folder, a YAML/JSON folder, or one file. */
export function readDatasetFiles(path: string): DataFile[] {
  const names = statSync(path).isDirectory() ? listFolder(path) : [path];
  const wanted = isDataPackage(names.map((file) => ({ file })))
    ? names.filter((n) => PACKAGE_FILE.test(n))
    : names.filter((n) => DATA_FILE.test(n));
  if (wanted.length === 0) {
    throw new OwnDatasetError(`Inzet: INZET_DATA=${path} holds no dataset files.`);
  }
  return wanted.map((file) => ({ file, bytes: readFileSync(file) }));
}

/** An INZET_DATA that cannot be built on: its message is all the build log needs, no stack. */
const isError = (issue: { severity: string }) => issue.severity === "error";

export class OwnDatasetError extends Error {
  override name = "OwnDatasetError";
}

/**
 * "file:line  path  error|warning", the message and the fix, for each issue, errors first: the
 * build log shows these as `inzet validate` does.
 */
export function issuesReport(result: Extract<FilesResult, { ok: false }>): string {
  return [...result.issues]
    .sort((a, b) => Number(isError(b)) - Number(isError(a)))
    .map((i) => `${issueLocation(i)}  ${i.severity}\n  ${i.message.en}\n  fix: ${i.hint.en}`)
    .join("\n");
}

/** The dataset at `path`, validated; throws with every located issue when it has errors. */
export function loadOwnDataset(path: string): Dataset {
  let files: DataFile[];
  try {
    files = readDatasetFiles(path);
  } catch (error) {
    if (error instanceof OwnDatasetError) throw error;
    throw new OwnDatasetError(`Inzet: cannot read INZET_DATA=${path}: ${(error as Error).message}`);
  }
  const result = loadDatasetFiles(files);
  if (result.ok) return result.dataset;
  const count = result.issues.filter(isError).length;
  throw new OwnDatasetError(
    `Inzet: the dataset in INZET_DATA=${path} has ${count} error${count === 1 ? "" : "s"}:\n${issuesReport(result)}`,
  );
}
