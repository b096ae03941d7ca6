// The bare Ink apps the cold start is compared with, built into `dir`: a hello world bundled as
// one file like any Ink app, and the same hello world started the way `inzet` starts.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { bundleOptions, launcher, scriptProgram } from "../tsup.config.js";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const HELLO = "<Text>Hello from Ink</Text>";

/** A bare Ink app, one minified file with the same options and patched dependencies. */
export async function bareHello(dir: string): Promise<string> {
  const source = join(dir, "hello.tsx");
  writeFileSync(
    source,
    `import { render, Text } from "ink";\nrender(${HELLO});\nsetTimeout(() => {}, 5000);\n`,
  );
  await build({
    ...bundleOptions,
    config: false,
    entry: { hello: source },
    outDir: dir,
    silent: true,
  });
  return join(dir, "hello.js");
}

/**
 * The same app started as `inzet` starts (tsup.config.ts): a CommonJS launcher loading the app,
 * built as a script, from a V8 code cache made by drawing it once on a headless terminal.
 */
export async function helloStartedLikeInzet(dir: string): Promise<string> {
  const files = {
    program: join(dir, "hello-program.tsx"),
    launcher: join(dir, "hello-launch.ts"),
    cache: join(dir, "hello-cache.ts"),
  };
  const scriptProgramModule = JSON.stringify(join(SRC, "script-program.js"));
  writeFileSync(
    files.program,
    `import { render, Text } from "ink";
import { headlessTerminal } from ${JSON.stringify(join(SRC, "tui", "headless-terminal.js"))};
declare const program: { exports?: unknown };
program.exports = {
  run() { render(${HELLO}); setTimeout(() => {}, 5000); },
  async warmUp() {
    const { written, ...streams } = headlessTerminal();
    const app = render(${HELLO}, streams);
    app.unmount();
    await app.waitUntilExit();
  },
};
`,
  );
  writeFileSync(
    files.launcher,
    `import { loadScriptProgram } from ${scriptProgramModule};
void loadScriptProgram<{ run(): void }>(new URL("./hello-main.js", import.meta.url)).then((p) => p.exports.run());
`,
  );
  writeFileSync(
    files.cache,
    `import { loadScriptProgram, writeCodeCache } from ${scriptProgramModule};
const file = new URL("./hello-main.js", import.meta.url);
const loaded = await loadScriptProgram<{ warmUp(): Promise<void> }>(file);
await loaded.exports.warmUp();
writeCodeCache(file, loaded.script);
`,
  );
  const common = { config: false, outDir: dir, silent: true, clean: false } as const;
  await build({ ...scriptProgram, ...common, entry: { "hello-main": files.program } });
  await build({ ...launcher, ...common, entry: { "hello-launch": files.launcher } });
  await build({ ...bundleOptions, ...common, entry: { "hello-cache": files.cache } });
  // A plain Node, as the build's cache step (this process runs with --expose-gc, a V8 flag that
  // would make V8 refuse the cache in a process without it); CI unset, as in bench-start.ts.
  const env = { ...process.env };
  delete env.CI;
  execFileSync(process.execPath, [join(dir, "hello-cache.js")], { env, stdio: "ignore" });
  return join(dir, "hello-launch.cjs");
}
