// `pnpm bench`: load, validation and query timings on the bundled and synthetic datasets.
// Prints a Markdown report (recorded in docs/benchmarks.md). Not a test: machines here are noisy.
import { cpus, totalmem } from "node:os";
import { DATASET_JSON } from "../src/generated/dataset-json.js";
import {
  clusterSummaries,
  figureForYear,
  listMissions,
  loadDataset,
  searchMissions,
} from "../src/index.js";
import { syntheticDatasetInput, syntheticRecordCount } from "../src/testing.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Median wall time in ms of `fn` over `runs` runs, after one warm-up. */
function time(fn: () => unknown, runs: number): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(out);
}

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const rate = (n: number, msTaken: number) =>
  `${Math.round(n / (msTaken / 1000)).toLocaleString("en")}`;
const lines: string[] = [];
const say = (s = "") => {
  lines.push(s);
  process.stdout.write(`${s}\n`);
};

say(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
say();
say("### Bundled dataset");
say();
const bundledBytes = Buffer.byteLength(DATASET_JSON);
const parseOnly = time(() => JSON.parse(DATASET_JSON), 50);
const load = time(() => loadDataset(JSON.parse(DATASET_JSON)), 50);
say(`| step | median ms |`);
say(`|---|---|`);
say(`| JSON.parse (${(bundledBytes / 1024).toFixed(0)} KiB, floor) | ${ms(parseOnly)} |`);
say(`| JSON.parse + loadDataset (full validation) | ${ms(load)} |`);
say();
say("### Validation and queries on synthetic datasets");
say();
say(
  "| missions | records | bytes | JSON.parse ms | validate ms | records/s | per-record µs | filter ms | search ms (warm) | cluster summaries ms | heap MiB |",
);
say("|---|---|---|---|---|---|---|---|---|---|---|");
const perRecord: number[] = [];
for (const n of [1_000, 10_000, 100_000]) {
  const input = syntheticDatasetInput({ missions: n, seed: 42 });
  const text = JSON.stringify(input);
  const records = syntheticRecordCount(input);
  const runs = n >= 100_000 ? 5 : 15;
  const parse = time(() => JSON.parse(text), runs);
  const heapBefore = process.memoryUsage().heapUsed;
  const validate = time(() => loadDataset(JSON.parse(text)), runs) - parse;
  const result = loadDataset(JSON.parse(text));
  if (!result.ok) throw new Error(`synthetic dataset invalid: ${result.issues[0]?.message.en}`);
  const ds = result.dataset;
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const filter = time(
    () => listMissions(ds, { cluster: "north", type: "training", country: "SO" }),
    runs,
  );
  searchMissions(ds, "mission");
  const search = time(() => searchMissions(ds, "synthetic mission 12"), runs);
  const summaries = time(
    () => clusterSummaries(ds).map((s) => figureForYear(ds, { cluster: s.cluster.id }, 2014)),
    runs,
  );
  perRecord.push((validate * 1000) / records);
  say(
    `| ${n.toLocaleString("en")} | ${records.toLocaleString("en")} | ${(text.length / 2 ** 20).toFixed(1)} MiB | ${ms(parse)} | ${ms(validate)} | ${rate(records, validate)} | ${((validate * 1000) / records).toFixed(2)} | ${ms(filter)} | ${ms(search)} | ${ms(summaries)} | ${heap.toFixed(0)} |`,
  );
}
say();
const growth = (perRecord[2] ?? 0) / (perRecord[0] ?? 1);
say(
  `Validation time per record at 100k ÷ at 1k: ${growth.toFixed(2)} (1.00 = perfectly linear growth).`,
);
