// pnpm bench: cold start to first frame (against a bare Ink app, and the same app started the way
// inzet starts), keypress to frame on 10 000 missions, and memory. Prints a Markdown section for
// docs/benchmarks.md.

import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { bareHello, helloStartedLikeInzet } from "./bench-hello.js";
import type { keypresses } from "./bench-keys.js";
import { coldStart } from "./bench-start.js";

const APP = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(APP, "dist", "inzet.cjs");
const WORK = join(APP, ".bench");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

const RUNS = 11;
type Runs = { ms: number[]; complete: number[]; rss: number[] };
const runs = (): Runs => ({ ms: [], complete: [], rss: [] });
// inzet: the first frame (header, list, keys), then the screen complete (the detail pane filled).
const startups = { inzet: runs(), hello: runs(), helloLikeInzet: runs() };
const record = (into: Runs, start: { ms: number[]; rssMiB: number }) => {
  into.ms.push(start.ms[0] ?? Number.NaN);
  into.complete.push(start.ms.at(-1) ?? Number.NaN);
  into.rss.push(start.rssMiB);
};
try {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const hello = await bareHello(WORK);
  const helloLikeInzet = await helloStartedLikeInzet(WORK);
  // Interleaved, so a busy moment of the machine hits all alike.
  for (let i = 0; i < RUNS; i++) {
    record(
      startups.inzet,
      await coldStart([BIN, "tui"], ["1 Missions", "Dutch personnel figures"]),
    );
    record(startups.hello, await coldStart([hello], ["Hello from Ink"]));
    record(startups.helloLikeInzet, await coldStart([helloLikeInzet], ["Hello from Ink"]));
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
const ratio = median(startups.inzet.ms) / median(startups.hello.ms);
const ratioComplete = median(startups.inzet.complete) / median(startups.hello.ms);
const row = (name: string, r: Runs, complete = "(same)") =>
  `| ${name} | ${fmt(median(r.ms))} | ${complete} | ${fmt(median(r.rss))} |`;
const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
const version = (JSON.parse(readFileSync(join(APP, "package.json"), "utf8")) as { version: string })
  .version;

const lines = [
  "## `@inzet/tui`: the interactive terminal UI",
  "",
  `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; @inzet/tui ${version}. Recorded ${new Date().toISOString().slice(0, 10)}.`,
  "",
  `### Cold start to first frame (pseudo-terminal 100×30, median of ${RUNS})`,
  "",
  "| program | first frame ms | detail pane filled ms | RSS after start MiB |",
  "| --- | --- | --- | --- |",
  row("bare Ink hello world (one file, same options and patched dependencies)", startups.hello),
  row(
    "`inzet tui` (dist/inzet.cjs, bundled dataset)",
    startups.inzet,
    fmt(median(startups.inzet.complete)),
  ),
  `| ratio to bare Ink (goal ≤ 1.3) | ${ratio.toFixed(2)} | ${ratioComplete.toFixed(2)} | |`,
  row(
    "for comparison: the hello world started as `inzet` starts (launcher, script, code cache)",
    startups.helloLikeInzet,
  ),
  `| ratio to that | ${(median(startups.inzet.ms) / median(startups.helloLikeInzet.ms)).toFixed(2)} | ${(median(startups.inzet.complete) / median(startups.helloLikeInzet.ms)).toFixed(2)} | |`,
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
