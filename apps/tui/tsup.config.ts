import { defineConfig } from "tsup";

export default defineConfig({
  entry: { inzet: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  minify: true,
  // One self-contained program: @inzet/data and every dependency inlined, for a fast start. The
  // interactive UI (Ink, React) is split into a chunk beside it, loaded only when it opens.
  noExternal: [/.*/],
  splitting: true,
  define: { "process.env.NODE_ENV": '"production"' },
  esbuildOptions(options) {
    options.jsx = "automatic";
    // Ink loads React DevTools only when DEV=true; it is not a dependency of this program.
    options.external = [...(options.external ?? []), "react-devtools-core"];
  },
  // CommonJS dependencies (commander, cli-table3) require Node built-ins, which ESM lacks.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
  },
  dts: false,
  clean: true,
});
