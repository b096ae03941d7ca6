// pnpm bench: cold start to first frame (against a bare Ink hello world built the same way, alone
// and behind the same compile-cache launcher), keypress to frame on 10 000 missions, and memory.
// Prints a Markdown section for docs/benchmarks.md.

import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildHellos } from "./bench-hello.js";
import type { keypresses } from "./bench-keys.js";
import { coldStart } from "./bench-start.js";

const APP = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(APP, "dist", "inzet.js");
const WORK = join(APP, ".bench");
const CACHE = join(WORK, "compile-cache");
const INZET_MARKERS = ["1 Missions", "Dutch personnel figures"];
const HELLO_MARKERS = ["Hello from Ink"];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

const RUNS = 11;
type Runs = { ms: number[]; complete: number[]; rss: number[] };
const runs = (): Runs => ({ ms: [], complete: [], rss: [] });
// inzet: the first frame (header, list, keys), then the screen complete (the detail pane filled).
const startups = { inzet: runs(), hello: runs(), helloCached: runs(), inzetFirstEver: runs() };
const record = (into: Runs, start: { ms: number[]; rssMiB: number }) => {
  into.ms.push(start.ms[0] ?? Number.NaN);
  into.complete.push(start.ms.at(-1) ?? Number.NaN);
  into.rss.push(start.rssMiB);
};
const load = loadavg()[0] ?? Number.NaN;
try {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const { hello, helloCached } = await buildHellos(WORK);
  const env = { NODE_COMPILE_CACHE: CACHE };
  // The very first start, with an empty compile cache; it fills the cache for the runs below.
  record(startups.inzetFirstEver, await coldStart([BIN, "tui"], INZET_MARKERS, env));
  await coldStart([helloCached], HELLO_MARKERS, env);
  // Interleaved, so a busy moment of the machine hits all alike.
  for (let i = 0; i < RUNS; i++) {
    record(startups.inzet, await coldStart([BIN, "tui"], INZET_MARKERS, env));
    record(startups.hello, await coldStart([hello], HELLO_MARKERS));
    record(startups.helloCached, await coldStart([helloCached], HELLO_MARKERS, env));
  }
} finally {
  rmSync(WORK, { recursive: true, force: true });
}

/** keypresses() in a node of its own, started as this one was (tsx, --expose-gc). */
async function keypressesInOwnProcess(): Promise<Awaited<ReturnType<typeof keypresses>>> {
  const child = fileURLToPath(new URL("./bench-keys-child.tsx", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, child], {
    maxBuffer: 2 ** 26,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "");
}

const keys = await keypressesInOwnProcess();
const ratio = (r: Runs, to: Runs, of: keyof Runs = "ms") =>
  (median(r[of]) / median(to.ms)).toFixed(2);
const row = (name: string, r: Runs, complete = "(same)") =>
  `| ${name} | ${fmt(median(r.ms))} | ${complete} | ${fmt(median(r.rss))} |`;
const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
const version = (JSON.parse(readFileSync(join(APP, "package.json"), "utf8")) as { version: string })
  .version;

const lines = [
  "## `@inzet/tui`: the interactive terminal UI",
  "",
  `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${load.toFixed(2)} at the start, Node ${process.version}; @inzet/tui ${version}. Recorded ${new Date().toISOString().slice(0, 10)}.`,
  "",
  `### Cold start to first frame (pseudo-terminal 100×30, median of ${RUNS}, compile cache filled by an earlier start)`,
  "",
  "| program | first frame ms | detail pane filled ms | RSS after start MiB |",
  "| --- | --- | --- | --- |",
  row("bare Ink hello world (one file, inzet's bundle options)", startups.hello),
  row(
    "`inzet tui` (dist/inzet.js, bundled dataset)",
    startups.inzet,
    fmt(median(startups.inzet.complete)),
  ),
  `| ratio to bare Ink (goal ≤ 1.3) | ${ratio(startups.inzet, startups.hello)} | ${ratio(startups.inzet, startups.hello, "complete")} | |`,
  row("the hello world behind the same compile-cache launcher", startups.helloCached),
  `| ratio to that | ${ratio(startups.inzet, startups.helloCached)} | ${ratio(startups.inzet, startups.helloCached, "complete")} | |`,
  `| \`inzet tui\`'s very first start (empty compile cache; one run) | ${fmt(median(startups.inzetFirstEver.ms))} | ${fmt(median(startups.inzetFirstEver.complete))} | ${fmt(median(startups.inzetFirstEver.rss))} |`,
  "",
  `### Keypress to frame, 10 000 synthetic missions (in process, ${keys.columns}×${keys.rows})`,
  "",
  "| key | presses | median ms | p95 ms |",
  "| --- | --- | --- | --- |",
  ...keys.rows_.map((r) => `| ${r.name} | ${r.count} | ${fmt(r.median)} | ${fmt(r.p95)} |`),
  "",
  `Memory with 10 000 missions loaded and shown, after the typing above, in a process of its own: heap ${fmt(keys.heapMiB)} MiB and RSS ${fmt(keys.rssMiB)} MiB after a full garbage collection; peak RSS ${fmt(keys.peakRssMiB)} MiB.`,
  "",
];
process.stdout.write(`${lines.join("\n")}\n`);
