// The `inzet` command. It loads one of two programs, each bundled whole into its own file: the
// interactive UI (tui-main.ts) when a terminal asks for it, else the command line (cli-main.ts).
import { shouldColour } from "./output/colour.js";
import { loadTui } from "./tui-load.js";
import { tuiRequest } from "./tui-request.js";

// A closed pipe (inzet list | head) is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** `inzet` or `inzet tui` at a terminal opens the UI at once; everything else goes through `run`. */
async function main(argv: readonly string[]): Promise<number> {
  const request =
    process.stdin.isTTY === true && process.stdout.isTTY === true ? tuiRequest(argv) : undefined;
  if (request) {
    const colour = shouldColour({ flag: request.color, isTTY: true, env: process.env });
    return (await loadTui(colour)).runTui(request.lang, colour);
  }
  return (await import("./cli-main.js")).runCli(argv);
}

// CommonJS (tsup.config.ts), so no top-level await.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
