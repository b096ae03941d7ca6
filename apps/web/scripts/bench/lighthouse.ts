import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
}

interface Lhr {
  runtimeError?: { message: string };
  categories: Record<
    Category,
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<
    string,
    { score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }
  >;
}

/**
 * Lighthouse 12 CLI (mobile, simulated throttling: its defaults) on Debian's Chromium. A run
 * whose trace Chromium failed to record (NO_NAVSTART, now and then on a busy machine) is run
 * again, up to twice.
 */
export function runLighthouse(appDir: string, url: string, attempts = 3): LighthouseResult {
  for (let attempt = 1; ; attempt++) {
    try {
      return runOnce(appDir, url);
    } catch (error) {
      if (!(error instanceof FlakyRun) || attempt >= attempts) throw error;
    }
  }
}

/** A run that failed for Chromium or Lighthouse, not for the page: worth another try. */
class FlakyRun extends Error {}

function runOnce(appDir: string, url: string): LighthouseResult {
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
    return { url, scores, metrics, lost };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
