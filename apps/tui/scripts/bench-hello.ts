// The bare Ink apps the cold start is compared with, built into `dir` with inzet's own bundle
// options (tsup.config.ts): a hello world as one file, and the same hello world behind a launcher
// that turns on Node's compile cache first, as `inzet` starts.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "tsup";
import { bundleOptions } from "../tsup.config.js";

const HELLO = `import { render, Text } from "ink";
render(<Text>Hello from Ink</Text>);
setTimeout(() => {}, 5000);
`;

const LAUNCHER = `import { enableCompileCache } from "node:module";
enableCompileCache();
await import("./hello.js");
`;

/** Builds both; their paths: `hello` alone, `helloCached` through the launcher. */
export async function buildHellos(dir: string): Promise<{ hello: string; helloCached: string }> {
  writeFileSync(join(dir, "hello.tsx"), HELLO);
  writeFileSync(join(dir, "hello-cached.ts"), LAUNCHER);
  await build({
    ...bundleOptions,
    config: false,
    entry: { hello: join(dir, "hello.tsx"), "hello-cached": join(dir, "hello-cached.ts") },
    esbuildOptions(options) {
      bundleOptions.esbuildOptions(options);
      options.external = ["./hello.js"];
    },
    outDir: dir,
    silent: true,
  });
  return { hello: join(dir, "hello.js"), helloCached: join(dir, "hello-cached.js") };
}
