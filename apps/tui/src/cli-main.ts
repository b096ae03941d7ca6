// The command-line program: real files, streams and environment for `run` (program.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledDataset } from "@inzet/data/queries";
import type { Io } from "./io.js";
import { loadTui } from "./load-tui.js";
import { run } from "./program.js";

const io: Io = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
  dataset: bundledDataset,
  readBytes: (path) => readFileSync(path),
  expandPath: (path) => {
    if (!statSync(path).isDirectory()) return { directory: false, files: [path] };
    const names = readdirSync(path, { recursive: true, encoding: "utf8" });
    const files = names.map((name) => join(path, name)).filter((file) => statSync(file).isFile());
    return { directory: true, files };
  },
  writeText: (path, text) => writeFileSync(path, text),
  // `inzet tui` with options only the full parser knows: the UI's own file, loaded when asked for.
  openTui: async (options) => (await loadTui(options.colour)).openTui(options),
};

/** Every command but the plain `inzet`/`inzet tui` at a terminal; the exit code. */
export function runCli(argv: readonly string[]): Promise<number> {
  return run(argv, io);
}
