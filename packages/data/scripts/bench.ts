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
type Shape = { figuresPerMission: number; sourcesPerMission: number };

/** One row per size: validation against the JSON.parse floor, then queries on the result. */
function table(title: string, shape: Shape, sizes: number[], sizeIsRecords: boolean): number[] {
  say(`### ${title}`);
  say();
  say(
    "| missions | records | JSON | JSON.parse ms (floor) | validate ms | records/s | µs per record | filter ms | search ms | cluster summaries ms |",
  );
  say("|---|---|---|---|---|---|---|---|---|---|");
  const perRecord: number[] = [];
  const perMission = 1 + shape.figuresPerMission + shape.sourcesPerMission;
  for (const size of sizes) {
    const missions = sizeIsRecords ? Math.round(size / perMission) : size;
    const input = syntheticDatasetInput({ missions, ...shape, seed: 42 });
    const text = JSON.stringify(input);
    const records = syntheticRecordCount(input);
    const runs = records >= 100_000 ? 5 : 15;
    const parse = time(() => JSON.parse(text), runs);
    const validate = time(() => loadDataset(JSON.parse(text)), runs) - parse;
    const result = loadDataset(JSON.parse(text));
    if (!result.ok) throw new Error(`synthetic dataset invalid: ${result.issues[0]?.message.en}`);
    const ds = result.dataset;
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
      `| ${missions.toLocaleString("en")} | ${records.toLocaleString("en")} | ${(text.length / 2 ** 20).toFixed(1)} MiB | ${ms(parse)} | ${ms(validate)} | ${rate(records, validate)} | ${((validate * 1000) / records).toFixed(2)} | ${ms(filter)} | ${ms(search)} | ${ms(summaries)} |`,
    );
  }
  const growth = (perRecord.at(-1) ?? 0) / (perRecord[0] ?? 1);
  say();
  say(
    `Validation time per record, largest ÷ smallest: ${growth.toFixed(2)} (1.00 = linear growth).`,
  );
  say();
  return perRecord;
}

// The real dataset's mix: 16 missions, 59 figures, 87 sources (3.7 and 5.4 per mission).
table(
  "Validation and queries, the real dataset's mix (4 figures, 5 sources per mission)",
  { figuresPerMission: 4, sourcesPerMission: 5 },
  [1_000, 10_000, 100_000],
  true,
);
// Worst case: almost every record a fully cited mission, the heaviest kind.
table(
  "Worst case: missions only (1 figure per mission, 1 source per 10)",
  { figuresPerMission: 1, sourcesPerMission: 0.1 },
  [1_000, 10_000, 100_000],
  false,
);
