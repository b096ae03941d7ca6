// The only impure file: real files, streams, environment and exit code for `run`.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledDataset } from "@inzet/data";
import type { Io } from "./io.js";
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
  stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
  dataset: bundledDataset,
  readText: (path) => readFileSync(path, "utf8"),
  expandPath: (path) => {
    if (!statSync(path).isDirectory()) return { directory: false, files: [path] };
    const names = readdirSync(path, { recursive: true, encoding: "utf8" });
    const files = names.map((name) => join(path, name)).filter((file) => statSync(file).isFile());
    return { directory: true, files };
  },
  writeText: (path, text) => writeFileSync(path, text),
};

// A closed pipe (inzet list | head) is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), io);
