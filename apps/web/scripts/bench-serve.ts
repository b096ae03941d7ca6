// Serving one mission page three ways in one run, on loopback, with autocannon (100 connections ×
// 30 s each, after a warm-up): `next start` on the build, the static export under nginx with its
// generated configuration (`pnpm build:static`), and a minimal node:http server answering with the
// same HTML from memory, the floor. Records the figures in docs/benchmarks.md. A benchmark, not a
// test: it fails nothing; run it on a quiet machine (`pnpm bench:web`, or `pnpm -F @inzet/web bench:serve`).
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { freePort, startNextServer, waitForHttp, webDir } from "../e2e/server";
import { STATIC_SITE, startNginxServer } from "../e2e/static-server";
import { type LoadResult, runLoad } from "./bench/load";

const PAGE = "/en/missions/untso";
// BENCH_SECONDS / BENCH_CONNECTIONS make a short trial run; a trial records nothing.
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const TRIAL =
  process.env.BENCH_SECONDS !== undefined || process.env.BENCH_CONNECTIONS !== undefined;
const SECTION = "## @inzet/web: serving a page";

// The floor: a few lines of node:http, the page's bytes from memory, no headers beyond the type.
const FLOOR = `
const { createServer } = require("node:http");
const html = require("node:fs").readFileSync(process.argv[1]);
createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(html);
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

async function startFloor(file: string) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["-e", FLOOR, file, String(port)], {
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, 10_000);
  return {
    url,
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

type Row = { name: string; result: LoadResult };

async function measure(
  name: string,
  start: () => Promise<{ url: string; stop: () => Promise<void> }>,
): Promise<Row> {
  process.stderr.write(
    `bench: ${name}, ${CONNECTIONS} connections × ${SECONDS} s (load ${loadavg()[0]?.toFixed(1)})\n`,
  );
  const server = await start();
  try {
    return { name, result: await runLoad(`${server.url}${PAGE}`, CONNECTIONS, SECONDS) };
  } finally {
    await server.stop();
  }
}

function report(rows: Row[], loadBefore: number): string {
  const cpu = cpus();
  const floor = rows.find((r) => r.name.startsWith("floor"))?.result.requestsPerSecond ?? 1;
  return [
    SECTION,
    "",
    `\`pnpm -F @inzet/web bench:serve\` (part of \`pnpm bench:web\`), after \`pnpm build\` and \`pnpm build:static\`. autocannon on loopback, ${CONNECTIONS} connections × ${SECONDS} s each after a 3 s warm-up, \`${PAGE}\`, one server after the other in the same run. Goals: the static build ≥ 0.9× the floor; \`next start\` 0 errors.`,
    "",
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}, Node ${process.version}; load average (1 min) ${loadBefore.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end. autocannon runs on the same cores as the server. Recorded ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "| server | requests | requests/s | × floor | p50 ms | p99 ms | errors | timeouts | non-2xx |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      ({ name, result: r }) =>
        `| ${name} | ${r.requests} | ${Math.round(r.requestsPerSecond)} | ${(r.requestsPerSecond / floor).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`,
    ),
    "",
  ].join("\n");
}

/** Puts the section in place of the old one; a hand-written "### Reading" after it stays. */
function replaceSection(document: string, section: string): string {
  const start = document.indexOf(`\n${SECTION}\n`);
  if (start === -1) return `${document.trimEnd()}\n\n${section}`;
  const next = document.indexOf("\n## ", start + SECTION.length + 1);
  const end = next === -1 ? document.length : next;
  const old = document.slice(start, end);
  const readingAt = old.indexOf("\n### Reading\n");
  const reading = readingAt === -1 ? "" : old.slice(readingAt);
  return `${document.slice(0, start + 1)}${section}${reading}${document.slice(end)}`;
}

async function main() {
  const loadBefore = loadavg()[0] ?? 0;
  const html = join(webDir, STATIC_SITE, `${PAGE}.html`);
  const rows = [
    await measure("floor: node:http, the HTML from memory", () => startFloor(html)),
    await measure("static build: nginx, 1 worker, generated snippet", () => startNginxServer()),
    await measure("`next start`", () => startNextServer()),
  ];
  const markdown = report(rows, loadBefore);
  process.stdout.write(`${markdown}\n`);
  if (TRIAL) return;
  const file = join(webDir, "..", "..", "docs", "benchmarks.md");
  writeFileSync(file, replaceSection(readFileSync(file, "utf8"), markdown));
  process.stderr.write(`bench: recorded in ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
