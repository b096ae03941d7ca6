// Benchmarks of the production build (`next build` first): first-load JS against a bare Next.js
// page, Lighthouse scores, and `next start` throughput. Prints Markdown and records it in
// docs/benchmarks.md under "## @inzet/web".
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { startNextServer, webDir } from "../e2e/server";
import { bareNextFirstLoad, type FirstLoad, firstLoadJs } from "./bench/first-load";
import { CATEGORIES, type LighthouseResult, METRICS, runLighthouse } from "./bench/lighthouse";
import { type LoadResult, runLoad } from "./bench/load";

const ROUTES = [
  { name: "overview", route: "en", path: "/en" },
  { name: "table", route: "en/missions", path: "/en/missions" },
  { name: "detail", route: "en/missions/untso", path: "/en/missions/untso" },
];
const SECTION = "## @inzet/web";
const LIGHTHOUSE_RUNS = 5;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const loadAverage = loadavg()[0] ?? 0;
  const step = (what: string) => process.stderr.write(`bench: ${what}\n`);
  step("first-load JS (building a bare Next.js page)");
  const bare = bareNextFirstLoad(webDir);
  const routes = ROUTES.map(({ name, route }) => ({ ...firstLoadJs(webDir, route), route: name }));

  const server = await startNextServer();
  let lighthouse: (LighthouseResult & { runs: number[] })[];
  let load: LoadResult;
  try {
    lighthouse = ROUTES.map(({ name, path }) => {
      step(
        `lighthouse ${path} (${LIGHTHOUSE_RUNS} runs, load average ${loadavg()[0]?.toFixed(1)})`,
      );
      const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () =>
        runLighthouse(webDir, `${server.url}${path}`),
      ).sort((a, b) => a.scores.performance - b.scores.performance);
      const median = runs[Math.floor(runs.length / 2)] ?? runs[0];
      if (!median) throw new Error("no Lighthouse run");
      return { ...median, url: `${name} (${path})`, runs: runs.map((r) => r.scores.performance) };
    });
    step("autocannon /en/missions/untso (50 connections × 20 s)");
    load = await runLoad(`${server.url}/en/missions/untso`);
  } finally {
    await server.stop();
  }

  const markdown = report({
    bare,
    routes,
    lighthouse,
    load,
    loadAverage,
    loadAfter: loadavg()[0] ?? 0,
  });
  process.stdout.write(`${markdown}\n`);
  const file = join(webDir, "..", "..", "docs", "benchmarks.md");
  writeFileSync(file, replaceSection(readFileSync(file, "utf8"), markdown));
  step(`recorded in ${file}`);
}

interface Results {
  bare: FirstLoad;
  routes: FirstLoad[];
  lighthouse: (LighthouseResult & { runs: number[] })[];
  load: LoadResult;
  loadAverage: number;
  loadAfter: number;
}

const metric = (name: string, value: number) =>
  name === "CLS" ? value.toFixed(3) : `${Math.round(value)}`;

function report({ bare, routes, lighthouse, load, loadAverage, loadAfter }: Results): string {
  const cpu = cpus();
  const lines = [
    SECTION,
    "",
    "Dashboard (`pnpm bench:web`, i.e. `pnpm -F @inzet/web bench`, after `next build`).",
    "",
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}, Node ${process.version}; load average (1 min) ${loadAverage.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end (other work on the machine skews Lighthouse's performance score and the throughput). Recorded ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "### First-load JS",
    "",
    "The `<script src>` chunks of the prerendered HTML (what a first visit loads; `noModule` polyfills excluded), gzip, against a bare App Router page built with the same Next and React. Goal ≤ 1.3×. The HTML column is the document itself, gzip, with its inline RSC payload (not counted as first-load JS).",
    "",
    "| route | scripts | JS gzip | × bare | HTML gzip |",
    "| --- | --- | --- | --- | --- |",
    ...[bare, ...routes].map(
      (r) =>
        `| ${r.route} | ${r.scripts} | ${kib(r.gzipBytes)} | ${(r.gzipBytes / bare.gzipBytes).toFixed(2)} | ${kib(r.htmlGzipBytes)} |`,
    ),
    "",
    "### Lighthouse 12.2.3",
    "",
    `Mobile, simulated throttling (the defaults), Debian Chromium, \`next start\` on loopback; the run with the median performance score of ${LIGHTHOUSE_RUNS} (all ${LIGHTHOUSE_RUNS} in the last column). Goal 100 each.`,
    "",
    `| page | ${CATEGORIES.join(" | ")} | performance, every run |`,
    `| --- | ${CATEGORIES.map(() => "---").join(" | ")} | --- |`,
    ...lighthouse.map(
      (l) =>
        `| ${l.url} | ${CATEGORIES.map((c) => l.scores[c]).join(" | ")} | ${l.runs.join(", ")} |`,
    ),
    "",
    "The median run's metrics (ms; CLS unitless), as Lighthouse simulates them:",
    "",
    `| page | ${Object.keys(METRICS).join(" | ")} |`,
    `| --- | ${Object.keys(METRICS)
      .map(() => "---")
      .join(" | ")} |`,
    ...lighthouse.map(
      (l) =>
        `| ${l.url} | ${Object.entries(l.metrics)
          .map(([name, value]) => metric(name, value))
          .join(" | ")} |`,
    ),
    "",
    ...lostPoints(lighthouse),
    "### `next start` throughput",
    "",
    `autocannon on loopback, ${load.connections} connections × ${load.seconds} s (after a 3 s warm-up), \`/en/missions/untso\`. Goal: 0 errors.`,
    "",
    "| requests | requests/s | p50 ms | p99 ms | errors | timeouts | non-2xx |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    `| ${load.requests} | ${Math.round(load.requestsPerSecond)} | ${load.p50} | ${load.p99} | ${load.errors} | ${load.timeouts} | ${load.non2xx} |`,
    "",
  ];
  return lines.join("\n");
}

function lostPoints(lighthouse: LighthouseResult[]): string[] {
  const lost = lighthouse.flatMap((l) => l.lost.map((audit) => `- ${l.url} — ${audit}`));
  return lost.length === 0 ? [] : ["Audits below 1:", "", ...lost, ""];
}

const READING = "\n### Reading\n";

/** Puts the new figures in place of the old; a hand-written "### Reading" at the end stays. */
function replaceSection(document: string, section: string): string {
  const start = document.indexOf(`\n${SECTION}\n`);
  if (start === -1) return `${document.trimEnd()}\n\n${section}`;
  const next = document.indexOf("\n## ", start + SECTION.length + 1);
  const end = next === -1 ? document.length : next;
  const old = document.slice(start, end);
  const reading = old.includes(READING) ? old.slice(old.indexOf(READING)) : "";
  return `${document.slice(0, start + 1)}${section}${reading}${document.slice(end)}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
