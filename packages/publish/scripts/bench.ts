// `pnpm bench` (or `pnpm -F @inzet/publish bench`): time and size of what the package makes, for
// the bundled dataset and a 10 000-mission synthetic one. Prints Markdown for docs/benchmarks.md.
// Not a test: these machines are shared and noisy, so nothing here asserts a time.
import { cpus, loadavg, totalmem } from "node:os";
import { bundledDataset, type Dataset, loadDataset } from "@inzet/data";
import { syntheticDatasetInput } from "@inzet/data/testing";
import {
  cslDataset,
  cslMission,
  cslSource,
  dataPackage,
  dcatDataset,
  diffDatasets,
  formatCitations,
  fromDataPackage,
  schemaOrgDataset,
  siteLinks,
} from "../src/index.js";

const links = siteLinks("https://inzet.example/");
const say = (line = "") => process.stdout.write(`${line}\n`);
const bytes = (n: number) =>
  n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

/** Median wall time in ms over `runs` runs after one warm-up, and the last result. */
function time<T>(fn: () => T, runs: number): { ms: number; result: T } {
  let result = fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    out.push(performance.now() - t);
  }
  out.sort((a, b) => a - b);
  return { ms: out[Math.floor(out.length / 2)] ?? Number.NaN, result };
}

function rows(ds: Dataset, runs: number): string[][] {
  const size = (text: string) => new TextEncoder().encode(text).length;
  const pkg = time(() => dataPackage(ds), runs);
  const pkgBytes = pkg.result.resources.reduce(
    (n, r) => n + size(r.csv),
    size(JSON.stringify(pkg.result.descriptor)),
  );
  const files = Object.fromEntries(pkg.result.resources.map((r) => [r.path, r.csv]));
  const back = time(() => fromDataPackage(pkg.result.descriptor, files), runs);
  if (!back.result.ok) throw new Error("the data package did not read back");
  const dcat = time(() => JSON.stringify(dcatDataset(ds, { baseUrl: links.data, links })), runs);
  const schemaOrg = time(() => JSON.stringify(schemaOrgDataset(ds, { links })), runs);
  const items = () => [
    cslDataset(ds, { links }),
    ...ds.sources.map((s) => cslSource(ds, s)),
    ...ds.missions.map((m) => cslMission(ds, m, { links })),
  ];
  const count = items().length;
  const cite = (format: "csl" | "bibtex" | "ris") =>
    time(() => formatCitations(items(), format), Math.min(runs, 3));
  const changed = structuredClone(ds);
  for (const m of changed.missions.slice(0, Math.ceil(ds.missions.length / 10)))
    m.acronym = `${m.acronym}′`;
  const diff = time(() => diffDatasets(ds, changed), runs);
  return [
    [
      "data package: write",
      ms(pkg.ms),
      `${bytes(pkgBytes)} (${pkg.result.resources.length} CSV + descriptor)`,
    ],
    ["data package: read back and validate", ms(back.ms), ""],
    ["DCAT-AP JSON-LD", ms(dcat.ms), bytes(size(dcat.result))],
    ["schema.org Dataset JSON-LD", ms(schemaOrg.ms), bytes(size(schemaOrg.result))],
    ...(["csl", "bibtex", "ris"] as const).map((f) => {
      const r = cite(f);
      return [
        `citations, ${f} (${count.toLocaleString("en")} items)`,
        ms(r.ms),
        bytes(size(r.result)),
      ];
    }),
    [`diff (${diff.result.changes.length.toLocaleString("en")} changes)`, ms(diff.ms), ""],
  ];
}

function table(title: string, ds: Dataset, runs: number): void {
  say(`### ${title}`);
  say();
  say("| step | median ms | size |");
  say("|---|---|---|");
  for (const [step, t, s] of rows(ds, runs)) say(`| ${step} | ${t} | ${s} |`);
  say();
}

const [load1, load5] = loadavg();
say(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load1?.toFixed(1)} / ${load5?.toFixed(1)} (1 / 5 min). Recorded ${new Date().toISOString().slice(0, 10)}.`,
);
say();
const bundled = bundledDataset();
table(
  `Bundled dataset (${bundled.missions.length} missions, ${bundled.sources.length} sources, ${bundled.editions.length} editions, ${bundled.missionCounts.length} yearly counts)`,
  bundled,
  9,
);
const input = syntheticDatasetInput({
  missions: 10_000,
  figuresPerMission: 4,
  sourcesPerMission: 5,
  seed: 42,
});
const result = loadDataset(input);
if (!result.ok) throw new Error("synthetic dataset invalid");
const big = result.dataset;
table(
  `Synthetic: 10,000 missions, ${big.figures.length.toLocaleString("en")} figures, ${big.sources.length.toLocaleString("en")} sources`,
  big,
  3,
);
