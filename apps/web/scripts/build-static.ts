// `pnpm build:static`: `next build` with `output: "export"` (INZET_STATIC=1), which writes the
// site as plain files into out/site and, through the CSP adapter, its host configuration into out/.
// Next keeps an export's build files in .next as well, where `next start`'s build lives: that one
// is set aside during the export and put back after, and each keeps its own build cache.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const at = (name: string) => join(dir, name);
const NEXT = at(".next");
const SERVER = at(".next-server"); // `next start`'s build, while the export runs
const STATIC = at(".next-static"); // the export's build files and cache, between runs

function move(from: string, to: string): void {
  if (!existsSync(from)) return;
  rmSync(to, { recursive: true, force: true });
  renameSync(from, to);
}

// A run that was stopped half-way left the server's build aside: put it back first.
if (existsSync(SERVER)) {
  move(NEXT, STATIC);
  move(SERVER, NEXT);
}
move(NEXT, SERVER);
move(STATIC, NEXT);
let status: number | null = 1;
try {
  const nextBin = join(dir, "node_modules", "next", "dist", "bin", "next");
  const run = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, INZET_STATIC: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  status = run.status;
} finally {
  move(NEXT, STATIC);
  move(SERVER, NEXT);
}
if (status === 0)
  process.stdout.write("Static site: apps/web/out/site (nginx: apps/web/out/nginx/inzet.conf)\n");
process.exitCode = status ?? 1;
