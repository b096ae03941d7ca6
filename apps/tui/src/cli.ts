// The `inzet` command. It turns on Node's compile cache first, so that the program it then loads —
// the interactive UI (tui-main.ts) when a terminal asks for it, else the command line
// (cli-main.ts), each a file of its own — starts from code compiled by an earlier run.
import * as nodeModule from "node:module";
import { loadTui } from "./load-tui.js";
import { shouldColour } from "./output/colour.js";
import { tuiRequest } from "./tui-request.js";
import { unsupportedNode } from "./unsupported-node.js";

const refusal = unsupportedNode(process.versions.node);
if (refusal) {
  process.stderr.write(refusal);
  process.exit(2);
}
nodeModule.enableCompileCache();

// A closed pipe (inzet list | head) is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** `inzet` or `inzet tui` at a terminal opens the UI at once; everything else goes through `run`. */
async function main(argv: readonly string[]): Promise<number> {
  const request =
    process.stdin.isTTY === true && process.stdout.isTTY === true
      ? tuiRequest(argv, process.env)
      : undefined;
  if (request) {
    const colour = shouldColour({ flag: request.color, isTTY: true, env: process.env });
    return (await loadTui(colour)).runTui(request.lang, colour);
  }
  return (await import("./cli-main.js")).runCli(argv);
}

process.exitCode = await main(process.argv.slice(2));
