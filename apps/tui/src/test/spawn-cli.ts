// Spawns the built bundle, as users run it. `turbo run test` builds it first.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const APP = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(APP, "dist", "inzet.js");
export const DATA_DIR = join(APP, "..", "..", "packages", "data", "data");
export const VERSION = (
  JSON.parse(readFileSync(join(APP, "package.json"), "utf8")) as { version: string }
).version;

export type Result = { code: number; stdout: string; stderr: string };

/** Fails fast, with the fix, when the bundle has not been built. */
export function assertBuilt(): void {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: run \`pnpm turbo run build --filter=@inzet/tui\` first.`);
}

/** Runs `node dist/inzet.js ARGS` with a clean colour environment plus `env`. */
export function inzet(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  const base = { ...process.env };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "CLICOLOR_FORCE", "TERM"]) delete base[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...base, ...env }, cwd: APP },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A path made safe to put in a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
