import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import * as main from "./index.js";
import * as queries from "./queries.js";

// Runtime imports and re-exports of a module: `import type` / `export type` vanish when compiled.
const RUNTIME_SPECIFIERS = /^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms;

/** Every package a module loads at run time, following its relative imports. */
function packagesLoadedBy(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(RUNTIME_SPECIFIERS)) {
    if (!specifier.startsWith(".")) packages.add(specifier);
    else
      for (const p of packagesLoadedBy(
        join(dirname(file), specifier.replace(/\.js$/, ".ts")),
        seen,
      ))
        packages.add(p);
  }
  return packages;
}

describe("@inzet/data/queries", () => {
  it("loads neither zod nor the serialisers", () => {
    const loaded = packagesLoadedBy(join(import.meta.dirname, "queries.ts"));
    expect([...loaded].sort()).toEqual(["i18n-iso-countries/index.js", "minisearch"]);
  });

  it("the walker sees zod where it is loaded", () => {
    expect(packagesLoadedBy(join(import.meta.dirname, "index.ts"))).toContain("zod");
  });

  it("is a subset of the main entry, value for value", () => {
    const exported = new Map(Object.entries(main));
    for (const [name, value] of Object.entries(queries))
      expect(exported.get(name), name).toBe(value);
  });
});
