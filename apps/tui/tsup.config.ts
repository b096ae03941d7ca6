import { defineConfig } from "tsup";

export default defineConfig({
  entry: { inzet: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  minify: true,
  // One self-contained file: @inzet/data and every dependency inlined, for a fast start.
  noExternal: [/.*/],
  define: { "process.env.NODE_ENV": '"production"' },
  // CommonJS dependencies (commander, cli-table3) require Node built-ins, which ESM lacks.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
  },
  dts: false,
  clean: true,
});
