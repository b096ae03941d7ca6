import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CSP_MANIFEST_FILE } from "../src/lib/route-policy";

export const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface NextServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

type ServerOptions = {
  timeoutMs?: number;
  /** The page that answers 200 once the server is ready. */
  readyPath?: string;
  /** The build file without which `dir` has no production build to serve. */
  builtFile?: string;
};

/** Starts `next start` from the existing production build of `dir`; never builds. */
export async function startNextServer(
  dir = webDir,
  { timeoutMs = 30_000, readyPath = "/en", builtFile = CSP_MANIFEST_FILE }: ServerOptions = {},
): Promise<NextServer> {
  if (!existsSync(join(dir, builtFile))) {
    throw new Error(`No production build in ${dir}: run \`pnpm -F @inzet/web build\` first.`);
  }
  const nextBin = createRequire(join(dir, "package.json")).resolve("next/dist/bin/next");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Own process group, so stop() also ends any worker Next spawns.
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    }
  };
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);

  const stop = async () => {
    process.off("exit", onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await Promise.race([
      waitForHttp(`${url}${readyPath}`, timeoutMs),
      exitedEarly(child, () => output),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}

function exitedEarly(child: ChildProcess, output: () => string): Promise<never> {
  return new Promise((_, reject) => {
    child.once("exit", (code, signal) => {
      reject(
        new Error(
          `next start exited (${signal ?? `code ${code}`}) before it was ready:\n${output()}`,
        ),
      );
    });
    child.once("error", reject);
  });
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}
