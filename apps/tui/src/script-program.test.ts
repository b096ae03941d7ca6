import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { codeCachePath, loadScriptProgram, writeCodeCache } from "./script-program.js";
import { APP } from "./test/spawn-cli.js";

const dir = mkdtempSync(join(tmpdir(), "inzet-script-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Answer = { answer: () => string; url: string; sep: string };

// A program as tsup.config.ts builds one: a function expression that sets program.exports, with
// a top-level await, a required built-in and import.meta.url as program.url.
const program = (answer: string) => `(async function (require, program) {
"use strict";
const { sep } = require("node:path");
const value = await Promise.resolve(${JSON.stringify(answer)});
program.exports = { answer: () => value, url: program.url, sep };
})`;

let counter = 0;
/** A new file name each time: V8 would answer a second compile of one name from memory. */
function programFile(source: string): URL {
  counter += 1;
  const path = join(dir, `program-${counter}.js`);
  writeFileSync(path, source);
  return pathToFileURL(path);
}

/** The same program and cache under a new name, as another start of `inzet` would see them. */
function copied(file: URL): URL {
  const to = programFile(readFileSync(file, "utf8"));
  copyFileSync(codeCachePath(file), codeCachePath(to));
  return to;
}

describe("loadScriptProgram", () => {
  it("runs a program without a cache, giving it require and its URL", async () => {
    const file = programFile(program("forty-two"));
    const loaded = await loadScriptProgram<Answer>(file);
    expect(loaded.cache).toBe("none");
    expect(loaded.exports.answer()).toBe("forty-two");
    expect(loaded.exports.url).toBe(file.href);
    expect(loaded.exports.sep).toBe("/");
  });

  it("starts from the cache it wrote, and runs the same program", async () => {
    const file = programFile(program("cached"));
    const first = await loadScriptProgram<Answer>(file);
    first.exports.answer();
    writeCodeCache(file, first.script);
    const again = await loadScriptProgram<Answer>(copied(file));
    expect(again.cache).toBe("accepted");
    expect(again.exports.answer()).toBe("cached");
  });

  it("ignores the cache of an older build, even one of the same length", async () => {
    const file = programFile(program("old!"));
    writeCodeCache(file, (await loadScriptProgram<Answer>(file)).script);
    const rebuilt = copied(file);
    writeFileSync(rebuilt, program("new!"));
    const loaded = await loadScriptProgram<Answer>(rebuilt);
    expect(loaded.cache).toBe("none");
    expect(loaded.exports.answer()).toBe("new!");
  });

  it("compiles afresh when V8 refuses the cache", async () => {
    const file = programFile(program("refused"));
    writeCodeCache(file, (await loadScriptProgram<Answer>(file)).script);
    const other = copied(file);
    const cache = readFileSync(codeCachePath(other));
    // After the 4-byte check comes V8's own header; its first word, a magic number, is now wrong.
    cache.writeUInt8(cache.readUInt8(4) ^ 0xff, 4);
    writeFileSync(codeCachePath(other), cache);
    const loaded = await loadScriptProgram<Answer>(other);
    expect(loaded.cache).toBe("rejected");
    expect(loaded.exports.answer()).toBe("refused");
  });

  it("runs without a cache it cannot read", async () => {
    const file = programFile(program("unreadable"));
    mkdirSync(codeCachePath(file)); // reading a directory fails (EISDIR)
    const loaded = await loadScriptProgram<Answer>(file);
    expect(loaded.cache).toBe("none");
    expect(loaded.exports.answer()).toBe("unreadable");
  });

  it("says which file failed to hand over its program", async () => {
    const file = programFile("(async function (require, program) {})");
    await expect(loadScriptProgram(file)).rejects.toThrow(/program-\d+\.js did not set/);
  });
});

describe("the built interactive UI", () => {
  it("has a code cache that this Node accepts", async () => {
    const built = pathToFileURL(join(APP, "dist", "tui-main.js"));
    const loaded = await loadScriptProgram<{ runTui: unknown }>(copied(built));
    expect(loaded.cache).toBe("accepted");
    expect(typeof loaded.exports.runTui).toBe("function");
  });
});
