// Benchmarks of the production build (`next build` first), side by side with a bare Next.js page
// built with this workspace's Next and React and served the same way (`next start`): first-load
// JS, Lighthouse (alternating bare → overview → table → detail, N rounds) and `next start`
// throughput. Prints Markdown and records it in docs/benchmarks.md under "## @inzet/web".
//
// Environment: BENCH_ROUNDS (Lighthouse rounds, default 3), BENCH_SKIP_LOAD=1 (no autocannon, for
// quick runs), BENCH_LIGHTHOUSE_DIR (keep every Lighthouse JSON report there, for its diagnostics).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { CHROME_PATH } from "../e2e/chromium";
import { type NextServer, startNextServer, webDir } from "../e2e/server";
import { STATIC_SITE, startNginxServer } from "../e2e/static-server";
import { buildBareNextApp, type ServedFirstLoad, servedFirstLoad } from "./bench/first-load";
import { CATEGORIES, type LighthouseResult, METRICS, runLighthouse } from "./bench/lighthouse";
import { type LoadResult, runLoad } from "./bench/load";

type Server = "bare" | "app" | "static";
type PageId = string;
const APP_PAGES = [
  { id: "overview", label: "overview (/en)", path: "/en" },
  { id: "table", label: "table (/en/missions)", path: "/en/missions" },
  { id: "detail", label: "detail (/en/missions/untso)", path: "/en/missions/untso" },
];
// The static export (`pnpm build:static`) too, when built: nginx with its generated snippet.
const STATIC = process.env.BENCH_STATIC !== "0" && existsSync(join(webDir, STATIC_SITE, "en.html"));
const PAGES: { id: PageId; label: string; path: string; server: Server }[] = [
  { id: "bare", label: "bare Next.js page", path: "/", server: "bare" },
  ...APP_PAGES.map((p) => ({ ...p, server: "app" as const })),
  ...(STATIC
    ? APP_PAGES.map((p) => ({
        id: `static ${p.id}`,
        label: `static ${p.label}`,
        path: p.path,
        server: "static" as const,
      }))
    : []),
];
const SECTION = "## @inzet/web";
const ROUNDS = Math.max(1, Number.parseInt(process.env.BENCH_ROUNDS ?? "3", 10) || 3);
const SKIP_LOAD = process.env.BENCH_SKIP_LOAD === "1";
const KEEP_DIR = process.env.BENCH_LIGHTHOUSE_DIR;
// The issue's targets (issue 15): each page against the bare page's median in the same run.
const TARGET = { points: 3, tbt: 1.5, lcp: 1.5 };

type Run = { page: PageId; round: number; load: number; result: LighthouseResult };

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const load1 = () => loadavg()[0] ?? 0;
const step = (what: string) => process.stderr.write(`bench: ${what}\n`);

async function main() {
  const loadStart = load1();
  step("building a bare Next.js page with this workspace's Next and React");
  const bareApp = buildBareNextApp(webDir);
  const servers: NextServer[] = [];
  let firstLoads: ServedFirstLoad[];
  const runs: Run[] = [];
  let load: LoadResult | undefined;
  try {
    const app = await startNextServer();
    servers.push(app);
    const bare = await startNextServer(bareApp.dir, {
      readyPath: "/",
      builtFile: ".next/BUILD_ID",
    });
    servers.push(bare);
    const site = STATIC ? await startNginxServer() : undefined;
    if (site) servers.push(site);
    const origin = { app: app.url, bare: bare.url, static: site?.url ?? "" };
    const urlOf = (server: Server, path: string) => `${origin[server]}${path}`;

    step("first-load JS");
    firstLoads = [];
    for (const { id, label, path, server } of PAGES) {
      firstLoads.push(await servedFirstLoad(urlOf(server, path), id === "bare" ? label : id));
    }

    for (let round = 1; round <= ROUNDS; round++) {
      for (const { id, path, server } of PAGES) {
        const load = load1();
        step(`lighthouse round ${round}/${ROUNDS} ${id} (load average ${load.toFixed(1)})`);
        const keepAs = KEEP_DIR
          ? join(KEEP_DIR, `${round}-${id.replace(" ", "-")}.json`)
          : undefined;
        runs.push({
          page: id,
          round,
          load,
          result: runLighthouse(webDir, urlOf(server, path), { keepAs }),
        });
      }
    }
    if (!SKIP_LOAD) {
      step("autocannon /en/missions/untso (50 connections × 20 s)");
      load = await runLoad(`${app.url}/en/missions/untso`);
    }
  } finally {
    for (const server of servers) await server.stop();
    bareApp.remove();
  }

  const markdown = report({ firstLoads, runs, load, loadStart, loadEnd: load1() });
  process.stdout.write(`${markdown}\n`);
  const file = join(webDir, "..", "..", "docs", "benchmarks.md");
  writeFileSync(file, replaceSection(readFileSync(file, "utf8"), markdown));
  step(`recorded in ${file}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Results {
  firstLoads: ServedFirstLoad[];
  runs: Run[];
  load: LoadResult | undefined;
  loadStart: number;
  loadEnd: number;
}

type Summary = {
  id: PageId;
  label: string;
  performance: number;
  tbt: number;
  lcp: number;
  fcp: number;
  /** The run whose performance score is the median (for the other categories and diagnostics). */
  middle: Run;
};

function summarise(runs: Run[]): Summary[] {
  return PAGES.map(({ id, label }) => {
    const own = runs.filter((r) => r.page === id);
    const byScore = [...own].sort(
      (a, b) => a.result.scores.performance - b.result.scores.performance,
    );
    const middle = byScore[Math.floor((byScore.length - 1) / 2)];
    if (!middle) throw new Error(`no Lighthouse run of ${id}`);
    return {
      id,
      label,
      performance: median(own.map((r) => r.result.scores.performance)),
      tbt: median(own.map((r) => r.result.metrics.TBT)),
      lcp: median(own.map((r) => r.result.metrics.LCP)),
      fcp: median(own.map((r) => r.result.metrics.FCP)),
      middle,
    };
  });
}

const ms = (value: number) => `${Math.round(value)}`;
const metric = (name: string, value: number) =>
  name === "CLS" ? value.toFixed(3) : `${Math.round(value)}`;
const version = (name: string) =>
  (createRequire(join(webDir, "package.json"))(`${name}/package.json`) as { version: string })
    .version;

function machine(loadStart: number, loadEnd: number): string {
  const cpu = cpus();
  const chromium = spawnSync(CHROME_PATH, ["--version"], { encoding: "utf8" }).stdout?.trim();
  return `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}, Node ${process.version}, ${chromium || "Chromium"}, Next ${version("next")}, React ${version("react")}, Lighthouse ${version("lighthouse")}. Load average (1 min) ${loadStart.toFixed(1)} at the start and ${loadEnd.toFixed(1)} at the end; each run's is in the last table (other work on the machine skews Lighthouse's figures and the throughput). Recorded ${new Date().toISOString().slice(0, 10)}.`;
}

function report({ firstLoads, runs, load, loadStart, loadEnd }: Results): string {
  const summaries = summarise(runs);
  const bare = summaries[0] as Summary;
  const bareJs = firstLoads[0] as ServedFirstLoad;
  const verdict = (s: Summary) => {
    const ok =
      bare.performance - s.performance <= TARGET.points &&
      s.tbt <= TARGET.tbt * bare.tbt &&
      s.lcp <= TARGET.lcp * bare.lcp;
    return ok ? "met" : "**not met**";
  };
  const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
  const groups = [
    "scriptEvaluation",
    "parseHTML",
    "styleLayout",
    "paintCompositeRender",
    "scriptParseCompile",
    "garbageCollection",
    "other",
  ];
  const lines = [
    SECTION,
    "",
    "Dashboard (`pnpm bench:web`, i.e. `pnpm -F @inzet/web bench`, after `next build`), side by side with a bare App Router page (a heading and a paragraph) built with the same Next and React and served the same way, `next start` on loopback.",
    "",
    machine(loadStart, loadEnd),
    "",
    "### Lighthouse against the bare page",
    "",
    `Mobile, simulated throttling (Lighthouse's defaults), Debian Chromium; ${ROUNDS} round(s), each running bare → overview → table → detail${STATIC ? " → the same three from the static export under nginx (`BENCH_STATIC=0` to leave it out)" : ""} (\`BENCH_ROUNDS\` to change). Medians of the rounds; targets (issue 15): performance within ${TARGET.points} points of the bare page's median, TBT and LCP each ≤ ${TARGET.tbt}× the bare page's.`,
    "",
    "| page | performance | − bare | TBT ms | × bare | LCP ms | × bare | FCP ms | target |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...summaries.map((s) =>
      s.id === "bare"
        ? `| ${s.label} | ${s.performance} | | ${ms(s.tbt)} | | ${ms(s.lcp)} | | ${ms(s.fcp)} | |`
        : `| ${s.label} | ${s.performance} | ${signed(s.performance - bare.performance)} | ${ms(s.tbt)} | ${(s.tbt / bare.tbt).toFixed(2)} | ${ms(s.lcp)} | ${(s.lcp / bare.lcp).toFixed(2)} | ${ms(s.fcp)} | ${verdict(s)} |`,
    ),
    "",
    "Every run, in the order run (ms; CLS unitless, as Lighthouse simulates them):",
    "",
    `| round | page | performance | ${Object.keys(METRICS).join(" | ")} | load average |`,
    `| --- | --- | --- | ${Object.keys(METRICS)
      .map(() => "---")
      .join(" | ")} | --- |`,
    ...runs.map(
      (r) =>
        `| ${r.round} | ${r.page} | ${r.result.scores.performance} | ${Object.entries(
          r.result.metrics,
        )
          .map(([name, value]) => metric(name, value))
          .join(" | ")} | ${r.load.toFixed(1)} |`,
    ),
    "",
    "Where the main thread's time went in each page's median run (Lighthouse's mainthread-work-breakdown: the trace's ms × 4, its simulated CPU slowdown):",
    "",
    `| page | total | ${groups.join(" | ")} |`,
    `| --- | --- | ${groups.map(() => "---").join(" | ")} |`,
    ...summaries.map(
      (s) =>
        `| ${s.id} | ${ms(s.middle.result.mainThread.total)} | ${groups.map((g) => ms(s.middle.result.mainThread.byGroup[g] ?? 0)).join(" | ")} |`,
    ),
    "",
    `The other categories in each page's median run: ${summaries
      .map(
        (s) =>
          `${s.id} ${CATEGORIES.filter((c) => c !== "performance")
            .map((c) => `${c} ${s.middle.result.scores[c]}`)
            .join(", ")}`,
      )
      .join("; ")}.`,
    "",
    ...lostPoints(summaries),
    "### First-load JS",
    "",
    "The `<script src>` chunks of the served HTML (what a first visit loads; `noModule` polyfills excluded), gzip, against the bare page. Goal ≤ 1.3×. The HTML column is the document itself, gzip; the RSC column is the inline React Server Components payload in it (`self.__next_f.push` scripts, uncompressed), which React parses and hydrates on start-up.",
    "",
    "| route | scripts | JS gzip | × bare | HTML gzip | RSC payload |",
    "| --- | --- | --- | --- | --- | --- |",
    ...firstLoads.map(
      (r) =>
        `| ${r.route} | ${r.scripts} | ${kib(r.gzipBytes)} | ${(r.gzipBytes / bareJs.gzipBytes).toFixed(2)} | ${kib(r.htmlGzipBytes)} | ${kib(r.rscBytes)} |`,
    ),
    "",
    "### `next start` throughput",
    "",
    ...(load
      ? [
          `autocannon on loopback, ${load.connections} connections × ${load.seconds} s (after a 3 s warm-up), \`/en/missions/untso\`. Goal: 0 errors.`,
          "",
          "| requests | requests/s | p50 ms | p99 ms | errors | timeouts | non-2xx |",
          "| --- | --- | --- | --- | --- | --- | --- |",
          `| ${load.requests} | ${Math.round(load.requestsPerSecond)} | ${load.p50} | ${load.p99} | ${load.errors} | ${load.timeouts} | ${load.non2xx} |`,
        ]
      : ["Not run this time (`BENCH_SKIP_LOAD=1`)."]),
    "",
  ];
  return lines.join("\n");
}

function lostPoints(summaries: Summary[]): string[] {
  const lost = summaries.flatMap((s) =>
    s.middle.result.lost.map((audit) => `- ${s.id} — ${audit}`),
  );
  return lost.length === 0 ? [] : ["Audits below 1 in each page's median run:", "", ...lost, ""];
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
