import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ENTRY = fileURLToPath(new URL("./index.ts", import.meta.url));

describe("@inzet/publish in a browser bundle", () => {
  it("bundles for the browser with no Node built-in", async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    expect(result.errors.map((e) => e.text)).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    // citation-js fetches through sync-fetch-undici, whose browser build uses XMLHttpRequest.
    expect(inputs.filter((i) => /^node:|node-fetch|sync-fetch-undici\/index/.test(i))).toEqual([]);
    // Every citation-js package comes from one core, the one the plugins register with.
    const cores = new Set(inputs.flatMap((i) => /@citation-js\+core@[^/]+/.exec(i)?.[0] ?? []));
    expect(cores.size).toBe(1);
  });
});
