import { sep } from "node:path";
import { defineConfig, type Options } from "tsup";

/**
 * `inzet` is three files, each with everything it runs inlined: the launcher (cli.ts), which
 * loads either the interactive UI (tui-main.ts: Ink, React, the app and the dataset) or the
 * command line (cli-main.ts). A program that is one module starts sooner than the same code split
 * into shared chunks; the price is that the two programs each carry @inzet/data.
 */
export const programFiles = {
  name: "inzet-program-files",
  setup(build: Parameters<NonNullable<Options["esbuildPlugins"]>[number]["setup"]>[0]) {
    // The launcher's and the command line's imports of the other programs stay imports of files.
    build.onResolve({ filter: /^\.\/(tui|cli)-main\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
    // Ink imports React DevTools (a package this program does not ship) only when DEV=true. Kept
    // a dynamic import, so that it fails just then, with Ink's own hint to install it.
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer.includes(`${sep}ink${sep}`)
        ? { path: "react-devtools-core", external: true }
        : undefined,
    );
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
  esbuildPlugins: [programFiles],
  esbuildOptions(options) {
    options.jsx = "automatic";
  },
  // CommonJS dependencies (commander, cli-table3) require Node built-ins, which ESM lacks.
  banner: {
    js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
  },
} satisfies Options;

export default defineConfig({
  ...bundleOptions,
  entry: { inzet: "src/cli.ts", "tui-main": "src/tui-main.ts", "cli-main": "src/cli-main.ts" },
  banner: { js: `#!/usr/bin/env node\n${bundleOptions.banner.js}` },
  dts: false,
  clean: true,
});
