import { defineConfig, type Options } from "tsup";
import {
  builtinsByRequire,
  commonJsByName,
  inkDevtools,
  inkDevtoolsInScript,
  programFiles,
} from "./build/esbuild-plugins.js";

export const bundleOptions = {
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  noExternal: [/.*/],
  splitting: false,
  define: { "process.env.NODE_ENV": '"production"' },
  esbuildPlugins: [inkDevtools],
  esbuildOptions(options) {
    options.jsx = "automatic";
  },
  // CommonJS dependencies (commander, cli-table3) require Node built-ins, which ESM lacks.
  banner: {
    js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
  },
} satisfies Options;

/**
 * `inzet` is three files, each with everything it runs inlined: the launcher (cli.ts), which
 * loads either the interactive UI (dist/tui-main.js: Ink, React, the app and the dataset) or the
 * command line (cli-main.ts). A program that is one file starts sooner than the same code split
 * into shared chunks; the price is that the two programs each carry @inzet/data.
 *
 * The launcher is CommonJS: Node starts a CommonJS entry ~5 ms sooner than an ES module, as it
 * need not set up its ES module loader first, and the UI never needs that loader.
 */
export const launcher = {
  ...bundleOptions,
  format: "cjs",
  entry: { inzet: "src/cli.ts" },
  esbuildPlugins: [...bundleOptions.esbuildPlugins, programFiles],
  // import.meta.url (tui-load.ts) from __filename.
  shims: true,
  banner: { js: "#!/usr/bin/env node" },
  dts: false,
  clean: ["inzet.cjs"],
} satisfies Options;

const commandLine = {
  ...bundleOptions,
  entry: { "cli-main": "src/cli-main.ts" },
  dts: false,
  clean: ["cli-main.js"],
} satisfies Options;

/**
 * The interactive UI as a script, the same bundle wrapped in `async (require, program) => { … }`
 * (script-program.ts), so that it starts from the V8 code cache scripts/code-cache.ts writes:
 * top-level `await` (yoga-layout's and Ink's) stays legal in an async function.
 */
export const scriptProgram = {
  ...bundleOptions,
  entry: { "tui-main": "src/tui-script.ts" },
  define: { ...bundleOptions.define, "import.meta.url": "program.url" },
  esbuildPlugins: [
    inkDevtoolsInScript,
    builtinsByRequire,
    commonJsByName(["react", "react/jsx-runtime"]),
  ],
  banner: { js: '(async function (require, program) {\n"use strict";' },
  footer: { js: "})" },
  // tsup would otherwise resolve every `node:` import as an import, before the plugin sees it.
  removeNodeProtocol: false,
  dts: false,
  clean: ["tui-main.js*"],
} satisfies Options;

export default defineConfig([launcher, commandLine, scriptProgram]);
