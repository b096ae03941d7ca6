// The only impure file: real files, streams, environment and exit code for `run`.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledDataset } from "@inzet/data/queries";
import { translator } from "./i18n/messages.js";
import type { Io, TuiOptions } from "./io.js";
import { shouldColour } from "./output/colour.js";
import { tuiRequest } from "./tui-request.js";

// The UI draws on the alternate screen, so quitting gives the shell back as it was.
const ENTER_ALTERNATE_SCREEN = "\u001b[?1049h\u001b[H";
const LEAVE_ALTERNATE_SCREEN = "\u001b[?1049l";

async function openTui({ dataset, lang, colour }: TuiOptions): Promise<void> {
  // Ink styles through chalk, which reads FORCE_COLOR once, when loaded: decide before loading.
  if (!colour) process.env.FORCE_COLOR = "0";
  // Loaded only here, so the plain commands start without Ink and React.
  const [{ render }, { appElement }] = await Promise.all([import("ink"), import("./tui/app.js")]);
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    // Not incrementalRendering: in Ink 6.8 it redraws one line too low when the frame is shorter
    // than the terminal. Ink wraps each frame in a synchronized update, so terminals show it whole.
    const app = render(appElement({ dataset, lang }), { exitOnCtrlC: false });
    await app.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}

const io: Io = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
  dataset: bundledDataset,
  readText: (path) => readFileSync(path, "utf8"),
  expandPath: (path) => {
    if (!statSync(path).isDirectory()) return { directory: false, files: [path] };
    const names = readdirSync(path, { recursive: true, encoding: "utf8" });
    const files = names.map((name) => join(path, name)).filter((file) => statSync(file).isFile());
    return { directory: true, files };
  },
  writeText: (path, text) => writeFileSync(path, text),
  openTui,
};

// A closed pipe (inzet list | head) is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** `inzet` or `inzet tui` at a terminal opens the UI at once; everything else goes through `run`. */
async function main(argv: readonly string[]): Promise<number> {
  const request = io.stdinIsTTY && io.stdoutIsTTY ? tuiRequest(argv) : undefined;
  if (!request) {
    const { run } = await import("./program.js");
    return run(argv, io);
  }
  try {
    const colour = shouldColour({ flag: request.color, isTTY: true, env: io.env });
    await openTui({ dataset: bundledDataset(), lang: request.lang, colour });
    return 0;
  } catch (error) {
    const t = translator(request.lang);
    io.stderr(`${t("error.prefix")} ${t("error.internal", { reason: String(error) })}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
