import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { crc32 } from "node:zlib";

/**
 * A program built as a script rather than an ES module (tsup.config.ts: `scriptProgram`), so that
 * it can start from a V8 code cache: Node 20 compiles ES modules afresh on every start, and most of
 * the interactive UI's start-up is compiling functions it runs for the first time.
 *
 * The file holds one function expression, `async (require, program) => { …; program.exports = … }`;
 * `program.url` stands for `import.meta.url` and `program.import` for `import()`, which a script
 * run from a code cache cannot call itself in Node 20. Its cache sits beside it (`codeCachePath`).
 */
export type ScriptProgram<T> = {
  exports: T;
  /** What became of the cache: V8 took it, refused it (another Node or V8 flags), or none fit. */
  cache: "accepted" | "rejected" | "none";
  script: Script;
};

type Slot<T> = { url: string; import: (specifier: string) => Promise<unknown>; exports?: T };
type Body<T> = (require: NodeJS.Require, program: Slot<T>) => Promise<void>;

// A cache starts with the CRC-32 of the script it was made from. V8 checks only the source's
// length, and a cache applied to other code of the same length would run the wrong functions.
const CHECK_BYTES = 4;

export const codeCachePath = (file: URL): string => `${fileURLToPath(file)}.code-cache`;

function cacheFor(source: Buffer, path: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(path);
  } catch {
    return undefined; // none, or unreadable: the program compiles as it would without one
  }
  return cache.length > CHECK_BYTES && cache.readUInt32BE(0) === crc32(source)
    ? cache.subarray(CHECK_BYTES)
    : undefined;
}

/** Compiles (from the cache when one fits) and runs the program in `file`; its exports. */
export async function loadScriptProgram<T>(file: URL): Promise<ScriptProgram<T>> {
  const path = fileURLToPath(file);
  const source = readFileSync(path);
  const cachedData = cacheFor(source, codeCachePath(file));
  const script = new Script(source.toString("utf8"), {
    filename: path,
    cachedData,
  });
  const body = script.runInThisContext() as Body<T>;
  const program: Slot<T> = { url: file.href, import: (specifier) => import(specifier) };
  await body(createRequire(path), program);
  if (program.exports === undefined) throw new Error(`${path} did not set program.exports`);
  const cache = !cachedData ? "none" : script.cachedDataRejected ? "rejected" : "accepted";
  return { exports: program.exports, cache, script };
}

/**
 * Writes the code cache for a loaded program. V8 includes every function compiled so far, so the
 * caller first runs what a start runs (scripts/code-cache.ts draws the first screen).
 */
export function writeCodeCache(file: URL, script: Script): void {
  const check = Buffer.alloc(CHECK_BYTES);
  check.writeUInt32BE(crc32(readFileSync(fileURLToPath(file))));
  writeFileSync(codeCachePath(file), Buffer.concat([check, script.createCachedData()]));
}
