import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_FLAGS, CHROME_PATH } from "../../e2e/chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number>;
  /** Audits that cost points: `category: audit-id (score)`. */
  lost: string[];
}

interface Lhr {
  runtimeError?: { message: string };
  categories: Record<
    Category,
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

/** Lighthouse 12 CLI (mobile, simulated throttling: its defaults) on Debian's Chromium. */
export function runLighthouse(appDir: string, url: string): LighthouseResult {
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
    if (run.status !== 0) throw new Error(`lighthouse ${url} failed:\n${run.stderr}`);
    const lhr = JSON.parse(readFileSync(output, "utf8")) as Lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
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
    return { url, scores, lost };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
