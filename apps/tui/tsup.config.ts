import { isBuiltin } from "node:module";
import { sep } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Ink imports React DevTools (a package this program does not ship) only when DEV=true. Kept a
 * dynamic import, so that it fails just then, with Ink's own hint to install it.
 */
export const inkDevtools: Plugin = {
  name: "inzet-ink-devtools",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer.includes(`${sep}ink${sep}`)
        ? { path: "react-devtools-core", external: true }
        : undefined,
    );
  },
};

/**
 * The same for the script program, whose own `import()` has no module loader in Node 20 once it
 * runs from a code cache: there, Ink's import goes through the loader's `program.import`
 * (script-program.ts).
 */
const inkDevtoolsInScript: Plugin = {
  name: "inzet-ink-devtools-in-script",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer.includes(`${sep}ink${sep}`)
        ? { path: "react-devtools-core", namespace: "ink-devtools" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "ink-devtools" }, () => ({
      contents: 'await program.import("react-devtools-core");',
      loader: "js",
    }));
  },
};

/** The launcher's import of the command line stays an import of that file. */
const programFiles: Plugin = {
  name: "inzet-program-files",
  setup(build) {
    build.onResolve({ filter: /^\.\/cli-main\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/**
 * A script has no `import` statements: an import of a Node built-in becomes a module of its own
 * that requires it and re-exports its names, listed here from this Node's built-in of that name.
 * (A one-line CommonJS module would do, at the price of esbuild copying every property of the
 * built-in for each module importing it, at every start.) `require()` calls stay calls.
 */
const builtinsByRequire: Plugin = {
  name: "inzet-builtins-by-require",
  setup(build) {
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (!isBuiltin(args.path)) return undefined;
      return args.namespace === "builtin" || args.kind === "require-call"
        ? { path: args.path, external: true }
        : { path: args.path, namespace: "builtin" };
    });
    build.onLoad({ filter: /.*/, namespace: "builtin" }, async (args) => {
      const names = Object.keys(await import(args.path)).filter(
        (name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name),
      );
      return {
        contents: [
          `const builtin = require(${JSON.stringify(args.path)});`,
          "export default builtin;",
          names.length > 0 ? `export const { ${names.join(", ")} } = builtin;` : "",
        ].join("\n"),
        loader: "js",
      };
    });
  },
};

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
  esbuildPlugins: [inkDevtoolsInScript, builtinsByRequire],
  banner: { js: '(async function (require, program) {\n"use strict";' },
  footer: { js: "})" },
  // tsup would otherwise resolve every `node:` import as an import, before the plugin sees it.
  removeNodeProtocol: false,
  dts: false,
  clean: ["tui-main.js*"],
} satisfies Options;

export default defineConfig([launcher, commandLine, scriptProgram]);
