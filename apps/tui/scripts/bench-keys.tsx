import { loadDataset } from "@inzet/data";
import { syntheticDatasetInput } from "@inzet/data/testing";
import { render } from "ink-testing-library";
import { App } from "../src/tui/app.js";

const DOWN = "\u001B[B";
const ESC = "\u001B";

type Row = { name: string; count: number; median: number; p95: number };

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keypress to frame on 10 000 synthetic missions, in process: the time from writing a key to
 * Ink's stdin until Ink has written the frame it causes (React render, Yoga layout, output).
 * With search, the first frame echoes the letter; the list follows once typing pauses (60 ms on
 * a dataset this big), so both are timed. Run with NODE_ENV=production, as the bundle is built:
 * React's development build is slower and keeps far more memory.
 */
export async function keypresses() {
  const result = loadDataset(syntheticDatasetInput({ missions: 10_000, seed: 42 }));
  if (!result.ok) throw new Error("synthetic dataset invalid");
  const app = render(<App dataset={result.dataset} lang="en" />);
  // ink-testing-library's terminal has columns but no rows, and Ink 8 then asks `tput` for them
  // (a child process) at every frame: a real terminal has both.
  Object.defineProperty(app.stdout, "rows", { value: 24, configurable: true });
  app.stdout.emit("resize");
  const times: number[] = [];
  const write = app.stdout.write;
  app.stdout.write = (frame: string) => {
    times.push(performance.now());
    write(frame);
  };
  await sleep(300);
  /** Writes a key; returns ms to the first frame after it and to the last before `quiet` ms pass. */
  const press = async (key: string, quiet = 20) => {
    const before = times.length;
    const t0 = performance.now();
    app.stdin.write(key);
    while (times.length === before) {
      if (performance.now() - t0 > 5000)
        throw new Error(`no frame within 5 s of key ${JSON.stringify(key)}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    let seen = times.length;
    for (;;) {
      await sleep(quiet);
      if (times.length === seen) break;
      seen = times.length;
    }
    return { first: (times[before] ?? t0) - t0, last: (times.at(-1) ?? t0) - t0 };
  };
  const down: number[] = [];
  for (let i = 0; i < 60; i++) down.push((await press(DOWN)).first);
  const echo: number[] = [];
  const results: number[] = [];
  for (let round = 0; round < 5; round++) {
    await press("/");
    for (const ch of "synthetic 99") {
      const t = await press(ch, 120);
      echo.push(t.first);
      results.push(t.last);
    }
    await press(ESC);
  }
  (globalThis as { gc?: () => void }).gc?.();
  // RSS after a full collection (V8 keeps some freed pages; the heap is what stays in use).
  const memory = process.memoryUsage();
  if (process.env.BENCH_DEBUG) process.stdout.write(`${JSON.stringify(results.map(Math.round))}\n`);
  app.unmount();
  const row = (name: string, xs: number[]): Row => ({
    name,
    count: xs.length,
    median: quantile(xs, 0.5),
    p95: quantile(xs, 0.95),
  });
  return {
    columns: 100,
    rows: 24,
    rows_: [
      row("↓ (cursor down the list, detail pane follows)", down),
      row("search typing: the letter echoed", echo),
      row("search typing: the list updated (after the 60 ms pause)", results),
    ],
    rssMiB: memory.rss / 2 ** 20,
    heapMiB: memory.heapUsed / 2 ** 20,
    // The high-water mark: searching 10 000 missions per keystroke makes garbage V8 may keep.
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}
