import type { DataFile } from "@inzet/data/files";
import { dataError } from "../errors.js";
import { fsReason, type Io } from "../io.js";
import type { View } from "../output/view.js";
import { dataFileNames } from "./validate.js";

/** Every named file, and every data file under each named directory; any unreadable one is an error. */
export function readDataFiles(paths: readonly string[], io: Io, { t }: View): DataFile[] {
  const problems: string[] = [];
  const files: DataFile[] = [];
  for (const path of paths) {
    try {
      const { directory, files: found } = io.expandPath(path);
      const names = directory ? dataFileNames(found) : found;
      if (names.length === 0) problems.push(t("error.noDataFiles", { path }));
      for (const file of names) files.push({ file, bytes: io.readBytes(file) });
    } catch (error) {
      const file =
        typeof error === "object" && error !== null && "path" in error ? String(error.path) : path;
      problems.push(t("error.read", { file, reason: fsReason(error, t) }));
    }
  }
  if (problems.length > 0) throw dataError(problems.join("\n"));
  return files;
}
