import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_FLAGS, CHROME_PATH } from "../../e2e/chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

/** The performance metrics Lighthouse scores, in ms (CLS unitless), as it simulated them. */
export const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  SI: "speed-index",
  CLS: "cumulative-layout-shift",
} as const;
type Metric = keyof typeof METRICS;

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  /** Audits that cost points: `category: audit-id (score)`. */
  lost: string[];
  /** Where the main thread's time went (mainthread-work-breakdown, ms, unthrottled). */
  mainThread: { total: number; byGroup: Record<string, number> };
  /** Script evaluation and parse/compile of all scripts (bootup-time, ms, unthrottled). */
  bootup: { scripting: number; parse: number };
}

interface Lhr {
  runtimeError?: { message: string };
  categories: Record<
    Category,
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<
    string,
    {
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
}

const sum = (items: Record<string, unknown>[] | undefined, key: string) =>
  (items ?? []).reduce((total, item) => total + (Number(item[key]) || 0), 0);

/**
 * Lighthouse CLI (mobile, simulated throttling: its defaults) on Debian's Chromium. A run
 * whose trace Chromium failed to record (NO_NAVSTART, now and then on a busy machine) is run
 * again, up to twice.
 */
export function runLighthouse(
  appDir: string,
  url: string,
  { attempts = 3, keepAs }: { attempts?: number; keepAs?: string | undefined } = {},
): LighthouseResult {
  for (let attempt = 1; ; attempt++) {
    try {
      return runOnce(appDir, url, keepAs);
    } catch (error) {
      if (!(error instanceof FlakyRun) || attempt >= attempts) throw error;
    }
  }
}

/** A run that failed for Chromium or Lighthouse, not for the page: worth another try. */
class FlakyRun extends Error {}

/** `keepAs`: a path to copy the full Lighthouse JSON to, for reading the diagnostics later. */
function runOnce(appDir: string, url: string, keepAs: string | undefined): LighthouseResult {
  const cli = createRequire(join(appDir, "package.json")).resolve("lighthouse/cli/index.js");
  const dir = mkdtempSync(join(tmpdir(), "inzet-lighthouse-"));
  const output = join(dir, "report.json");
  try {
    const run = spawnSync(
      process.execPath,
      [
        cli,
        url,
        "--output=json",
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
        "--no-enable-error-reporting",
        "--quiet",
      ],
      { encoding: "utf8", env: { ...process.env, CHROME_PATH } },
    );
    if (run.status !== 0) {
      const failure = `lighthouse ${url} failed:\n${run.stderr}`;
      throw /recording the trace/.test(run.stderr) ? new FlakyRun(failure) : new Error(failure);
    }
    if (keepAs) {
      mkdirSync(join(keepAs, ".."), { recursive: true });
      copyFileSync(output, keepAs);
    }
    const lhr = JSON.parse(readFileSync(output, "utf8")) as Lhr;
    if (lhr.runtimeError) throw new FlakyRun(`lighthouse ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const lost = CATEGORIES.flatMap((id) =>
      lhr.categories[id].auditRefs
        .filter(({ id: audit, weight }) => {
          const result = lhr.audits[audit];
          return weight > 0 && result && result.score !== null && result.score < 1;
        })
        .map(({ id: audit }) => {
          const result = lhr.audits[audit];
          const detail = result?.displayValue ? `, ${result.displayValue}` : "";
          return `${id}: ${audit} (${result?.score}${detail})`;
        }),
    );
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [
        name,
        lhr.audits[id]?.numericValue ?? Number.NaN,
      ]),
    ) as Record<Metric, number>;
    const breakdown = lhr.audits["mainthread-work-breakdown"]?.details?.items ?? [];
    const bootup = lhr.audits["bootup-time"]?.details?.items;
    return {
      url,
      scores,
      metrics,
      lost,
      mainThread: {
        total: sum(breakdown, "duration"),
        byGroup: Object.fromEntries(
          breakdown.map((item) => [String(item.group), Number(item.duration) || 0]),
        ),
      },
      bootup: { scripting: sum(bootup, "scripting"), parse: sum(bootup, "scriptParseCompile") },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
