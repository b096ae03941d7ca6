import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { commonJsByName } from "./esbuild-plugins.js";

/** Bundles three modules that import React three ways; the bundle's text. */
async function bundle(plugins: Parameters<typeof build>[0]["plugins"]): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        'import "./a.js"; import "./b.js";',
        'import * as React from "react";',
        "export const element = React.createElement('p');",
      ].join("\n"),
      resolveDir: import.meta.dirname,
      loader: "js",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [
      {
        name: "two-importers",
        setup(b) {
          b.onResolve({ filter: /^\.\/[ab]\.js$/ }, (args) => ({
            path: args.path,
            namespace: "t",
          }));
          b.onLoad({ filter: /.*/, namespace: "t" }, (args) => ({
            contents: args.path.includes("a")
              ? 'import { useState } from "react"; globalThis.a = useState;'
              : 'import React, { memo } from "react"; globalThis.b = [memo, React.memo];',
            resolveDir: import.meta.dirname,
          }));
        },
      },
      ...(plugins ?? []),
    ],
  });
  return result.outputFiles[0]?.text ?? "";
}

const copies = (code: string) => code.match(/__toESM\(require_react\(\)/g)?.length ?? 0;

describe("commonJsByName", () => {
  it("copies React's exports once, however many modules import it", async () => {
    expect(copies(await bundle([]))).toBe(3);
    const code = await bundle([commonJsByName(["react"])]);
    expect(copies(code)).toBe(1);
    const g = globalThis as { a?: unknown; b?: unknown[] };
    const { element } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect(element.type).toBe("p");
    expect(typeof g.a).toBe("function");
    expect(g.b?.[0]).toBe(g.b?.[1]);
  });
});
