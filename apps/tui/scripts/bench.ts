// pnpm bench: cold start to first frame (against a bare Ink app bundled the same way), keypress to
// frame on 10 000 missions, and memory. Prints a Markdown section for docs/benchmarks.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { bundleOptions } from "../tsup.config.js";
import { keypresses } from "./bench-keys.js";
import { coldStart } from "./bench-start.js";

const APP = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(APP, "dist", "inzet.cjs");
const WORK = join(APP, ".bench");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** A bare Ink app, bundled with the same options as dist/tui-main.js: one file. */
async function helloWorld(): Promise<string> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const source = join(WORK, "hello.tsx");
  writeFileSync(
    source,
    'import { render, Text } from "ink";\nrender(<Text>Hello from Ink</Text>);\nsetTimeout(() => {}, 5000);\n',
  );
  await build({
    ...bundleOptions,
    config: false,
    entry: { hello: source },
    outDir: WORK,
    silent: true,
  });
  return join(WORK, "hello.js");
}

const RUNS = 11;
// inzet: the first frame (header, list, keys), then the screen complete (the detail pane filled).
const startups = { inzet: [] as number[], inzetComplete: [] as number[], hello: [] as number[] };
const rss = { inzet: [] as number[], hello: [] as number[] };
try {
  const hello = await helloWorld();
  // Interleaved, so a busy moment of the machine hits both alike.
  for (let i = 0; i < RUNS; i++) {
    const inzet = await coldStart([BIN, "tui"], ["1 Missions", "Dutch personnel figures"]);
    startups.inzet.push(inzet.ms[0] ?? Number.NaN);
    startups.inzetComplete.push(inzet.ms[1] ?? Number.NaN);
    rss.inzet.push(inzet.rssMiB);
    const bare = await coldStart([hello], ["Hello from Ink"]);
    startups.hello.push(bare.ms[0] ?? Number.NaN);
    rss.hello.push(bare.rssMiB);
  }
} finally {
  rmSync(WORK, { recursive: true, force: true });
}

const keys = await keypresses();
const ratio = median(startups.inzet) / median(startups.hello);
const ratioComplete = median(startups.inzetComplete) / median(startups.hello);
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
  `| bare Ink hello world, bundled the same way | ${fmt(median(startups.hello))} | (same) | ${fmt(median(rss.hello))} |`,
  `| \`inzet tui\` (dist/inzet.cjs, bundled dataset) | ${fmt(median(startups.inzet))} | ${fmt(median(startups.inzetComplete))} | ${fmt(median(rss.inzet))} |`,
  `| ratio to bare Ink (goal ≤ 1.3) | ${ratio.toFixed(2)} | ${ratioComplete.toFixed(2)} | |`,
  "",
  `### Keypress to frame, 10 000 synthetic missions (in process, ${keys.columns}×${keys.rows})`,
  "",
  "| key | presses | median ms | p95 ms |",
  "| --- | --- | --- | --- |",
  ...keys.rows_.map((r) => `| ${r.name} | ${r.count} | ${fmt(r.median)} | ${fmt(r.p95)} |`),
  "",
  `Memory with 10 000 missions loaded and shown: ${fmt(keys.rssMiB)} MiB RSS (heap ${fmt(keys.heapMiB)} MiB).`,
  "",
];
process.stdout.write(`${lines.join("\n")}\n`);
