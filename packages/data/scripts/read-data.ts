import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type DataFile, issueLocation, loadFiles } from "../src/files.js";
import type { Dataset } from "../src/model/dataset.js";

export const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
export const DATA_DIR = join(PACKAGE_DIR, "data");

/** The dataset's YAML files, named relative to the package so messages point at them. */
export function readDataFiles(): DataFile[] {
  return readdirSync(DATA_DIR, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({
      file: relative(PACKAGE_DIR, join(DATA_DIR, name)),
      text: readFileSync(join(DATA_DIR, name), "utf8"),
    }));
}

/**
 * Validates the source files; prints every error and exits 1 when there are any. Warnings are
 * printed too when asked (the build does; scripts that only read the data stay quiet).
 */
export function readDatasetOrExit({ warnings = false } = {}): Dataset {
  const result = loadFiles(readDataFiles());
  const found = result.ok ? (warnings ? result.warnings : []) : result.issues;
  for (const i of found) {
    process.stderr.write(
      `${issueLocation(i)}  ${i.severity}\n  ${i.message.en}\n  fix: ${i.hint.en}\n`,
    );
  }
  if (result.ok) {
    if (found.length > 0)
      process.stderr.write(`\n${found.length} warning(s); the dataset is valid.\n`);
    return result.dataset;
  }
  process.stderr.write(
    `\n${found.length} problem(s) in ${relative(process.cwd(), DATA_DIR) || "."}: the dataset was not built.\n`,
  );
  process.exit(1);
}
