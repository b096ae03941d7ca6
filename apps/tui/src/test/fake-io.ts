import type { Dataset } from "@inzet/data";
import type { Io } from "../io.js";
import { run } from "../program.js";

export type FakeOptions = {
  dataset?: () => Dataset;
  files?: Record<string, string>;
  env?: Record<string, string>;
  tty?: boolean;
  /** Standard input is a terminal too (default: as tty). */
  stdinTty?: boolean;
  openTui?: Io["openTui"];
  columns?: number;
};

const notFound = (path: string) =>
  Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT", path });

/** Runs the program in process against in-memory files; returns what it printed and wrote. */
export async function runInMemory(argv: readonly string[], options: FakeOptions = {}) {
  const files = new Map(Object.entries(options.files ?? {}));
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdinIsTTY: options.stdinTty ?? options.tty ?? false,
    openTui:
      options.openTui ??
      (async () => {
        throw new Error("no terminal UI in this test");
      }),
    stdoutColumns: options.tty ? options.columns : undefined,
    dataset:
      options.dataset ??
      (() => {
        throw new Error("no dataset");
      }),
    readBytes: (path) => {
      const text = files.get(path);
      if (text === undefined) throw notFound(path);
      return new TextEncoder().encode(text);
    },
    expandPath: (path) => {
      if (files.has(path)) return { directory: false, files: [path] };
      const under = [...files.keys()].filter((f) => f.startsWith(`${path}/`));
      if (under.length === 0) throw notFound(path);
      return { directory: true, files: under };
    },
    writeText: (path, text) => {
      if (path.startsWith("/missing/")) throw notFound(path);
      files.set(path, text);
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, files };
}
