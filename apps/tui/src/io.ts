import type { Assessment } from "@inzet/analysis";
import type { Dataset, UiLang } from "@inzet/data";
import type { Translate } from "./i18n/messages.js";
import type { Env } from "./output/colour.js";

/** Everything impure the program needs; cli-main.ts supplies the real one, tests a fake. */
export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Env;
  stdoutIsTTY: boolean;
  /** Standard input is a terminal: with stdoutIsTTY, someone can use the interactive UI. */
  stdinIsTTY: boolean;
  /** The terminal's width when stdout is one. */
  stdoutColumns: number | undefined;
  /** The dataset the commands read; throws when it cannot be loaded. */
  dataset: () => Dataset;
  /** A file's bytes (decoded, as UTF-8, by the data package, which says where they are not). */
  readBytes: (path: string) => Uint8Array;
  /** A file: itself; a directory: every file under it, recursively, as paths. Throws like readBytes. */
  expandPath: (path: string) => { directory: boolean; files: string[] };
  writeText: (path: string, text: string) => void;
  /** Makes a folder and its parents; nothing when it is there. Throws like writeText. */
  makeDirectory: (path: string) => void;
  /** The time now, for what an export records as its creation. */
  now: () => Date;
  /** Runs the interactive UI until the user quits. */
  openTui: (options: TuiOptions) => Promise<void>;
};

/** An analyst's assessment file, read and checked against the dataset. */
export type LoadedAssessment = { file: string; assessment: Assessment };

export type TuiOptions = {
  dataset: Dataset;
  lang: UiLang;
  colour: boolean;
  assessment?: LoadedAssessment;
};

const REASONS = ["ENOENT", "EACCES", "EISDIR", "ENOTDIR"] as const;

/** A file-system error as words in the user's language, not a stack trace. */
export function fsReason(error: unknown, t: Translate): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
  const known = REASONS.find((r) => r === code);
  if (known) return t(`reason.${known}`);
  return t("reason.other", {
    code: code ?? (error instanceof Error ? error.message : String(error)),
  });
}
