// `pnpm bench`: portfolio metrics and a scenario comparison on 10 000 synthetic contributions,
// recomputed after a toggle as the scenarios page does. Prints Markdown (recorded in
// docs/benchmarks.md). Not a test: these machines are shared and noisy.
import { cpus, loadavg, totalmem } from "node:os";
import { loadDataset } from "@inzet/data";
import { syntheticDatasetInput } from "@inzet/data/testing";
import {
  applyScenario,
  compareScenarios,
  type Portfolio,
  portfolioFromDataset,
  portfolioMetrics,
  type Scenario,
} from "../src/index.js";

const SIZE = 10_000;
const RUNS = 201;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Times `fn(i)` for i = 0 … RUNS − 1 after 30 warm-up calls: a different toggle each time. */
function time(fn: (i: number) => unknown): { median: number; p95: number } {
  for (let i = 0; i < 30; i++) fn(RUNS + i);
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stats(out);
}

const loaded = loadDataset(syntheticDatasetInput({ missions: SIZE, seed: 42 }));
if (!loaded.ok) throw new Error(`synthetic dataset invalid: ${loaded.issues[0]?.message.en}`);
const ds = loaded.dataset;
const t0 = process.hrtime.bigint();
const base: Portfolio = portfolioFromDataset(ds, { asOf: "2014" });
const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
const id = (i: number) => base.contributions[(i * 7919) % SIZE]?.id ?? "";
const toggle = (i: number): Scenario => ({
  name: `toggle ${i}`,
  operations: [{ op: "end", id: id(i) }],
});
const groups = [...base.groups.keys()];
const three = (i: number): Scenario[] => [
  toggle(i),
  {
    name: "move",
    operations: [
      { op: "end", id: id(i) },
      { op: "move", id: id(i + 1), group: groups[i % groups.length] ?? "" },
    ],
  },
  {
    name: "resize",
    operations: [
      { op: "end", id: id(i) },
      { op: "resize", id: id(i + 2), quantity: { qualifier: "exact", value: 3 } },
    ],
  },
];

const metricsOnly = time(() => portfolioMetrics(base));
const afterToggle = time((i) => {
  const applied = applyScenario(base, toggle(i));
  if (!applied.ok) throw new Error("toggle failed");
  return portfolioMetrics(applied.portfolio);
});
const comparison = time((i) => {
  const result = compareScenarios(base, three(i));
  if (!result.ok) throw new Error("comparison failed");
  return result;
});

const ms = (x: number) => x.toFixed(2);
const lines = [
  `Machine: ${cpus().length} cores × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")} (1 / 5 / 15 min).`,
  "",
  `### Portfolio metrics and scenarios, ${SIZE.toLocaleString("en")} synthetic contributions (${RUNS} runs)`,
  "",
  "| step | median ms | p95 ms |",
  "|---|---|---|",
  `| portfolio metrics (no change) | ${ms(metricsOnly.median)} | ${ms(metricsOnly.p95)} |`,
  `| recompute after a toggle: apply scenario + metrics | ${ms(afterToggle.median)} | ${ms(afterToggle.p95)} |`,
  `| compare baseline + 3 scenarios | ${ms(comparison.median)} | ${ms(comparison.p95)} |`,
  "",
  `Building the portfolio from the dataset (once): ${ms(buildMs)} ms. Goal: recompute after a toggle ≤ 16 ms median — ${afterToggle.median <= 16 ? "met" : "not met"}.`,
];
process.stdout.write(`${lines.join("\n")}\n`);
