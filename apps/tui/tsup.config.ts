import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

const NO_DEVTOOLS = fileURLToPath(new URL("./src/tui/no-devtools.ts", import.meta.url));

/**
 * `inzet` is four ES modules in dist/, each with its dependencies bundled in:
 * - inzet.js, the launcher: turns on Node's module compile cache, then imports one of
 * - tui-main.js, the interactive UI (Ink, React, the app, the dataset), or
 * - cli-main.js, the command line (commander, tables, validation, the analysis);
 * - workbench-main.js, the UI's Assessment, Portfolio and Trend views' models (@inzet/analysis),
 *   which tui-main.js imports only when one of those views is first opened.
 * Opening the UI never loads the command line's parser or zod, and the reverse. One file per
 * program, not shared chunks: fewer modules to resolve and compile at start.
 */
export const bundleOptions = {
  format: "esm",
  platform: "node",
  target: "node24",
  minify: true,
  noExternal: [/.*/],
  splitting: false,
  define: {
    "process.env.NODE_ENV": '"production"',
    // Nothing here goes online. yoga-layout (Ink's layout) loads its WebAssembly from a data: URL
    // through fetch() when there is one, and Node's first fetch() loads undici: ~30 ms of the UI's
    // start (docs/benchmarks.md). Without fetch it decodes the same bytes itself.
    fetch: "undefined",
  },
  esbuildOptions(options) {
    options.jsx = "automatic";
    // Ink imports React DevTools under DEV=true; a stand-in keeps them out of the bundle.
    options.alias = { "react-devtools-core": NO_DEVTOOLS };
  },
  // CommonJS dependencies (commander, cli-table3) require Node built-ins, which ESM lacks.
  banner: {
    js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
  },
  dts: false,
} satisfies Options;

export default defineConfig({
  ...bundleOptions,
  entry: {
    inzet: "src/cli.ts",
    "tui-main": "src/tui-main.ts",
    "cli-main": "src/cli-main.ts",
    "workbench-main": "src/workbench-main.ts",
  },
  esbuildOptions(options) {
    bundleOptions.esbuildOptions(options);
    // The launcher imports the two programs, and the UI its workbench, as files of their own.
    options.external = ["./tui-main.js", "./cli-main.js", "./workbench-main.js"];
  },
  banner: { js: `#!/usr/bin/env node\n${bundleOptions.banner.js}` },
  clean: true,
});
