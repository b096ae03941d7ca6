import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Resident memory of a process in MiB, from /proc (Linux). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? Number.NaN) / 1024;
}

/** The process `script` runs the command in (script → exec'd node). */
function childOf(pid: number): number | undefined {
  if (!existsSync(`/proc/${pid}/task`)) return undefined;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    if (children) return Number(children.split(" ")[0]);
  }
  return undefined;
}

export type ColdStart = { ms: number[]; rssMiB: number };

/**
 * Starts `node ARGS` in a pseudo-terminal (util-linux `script`) and times the spawn until the
 * output contains each of `markers` in turn: what a person waits before the first frame (and, with
 * a second marker, before the screen is complete). CI is unset, as Ink otherwise draws only its
 * last frame; so is NODE_COMPILE_CACHE, but for a run that passes its own in `extraEnv`.
 */
export function coldStart(
  args: string[],
  markers: readonly string[],
  extraEnv: Record<string, string> = {},
): Promise<ColdStart> {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color" };
  delete env.CI;
  delete env.NODE_COMPILE_CACHE;
  Object.assign(env, extraEnv);
  const command = `stty cols 100 rows 30; exec ${[process.execPath, ...args].map((a) => `'${a}'`).join(" ")}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      env,
      stdio: ["pipe", "pipe", "inherit"],
    });
    let output = "";
    let done = false;
    const seen: number[] = [];
    const timer = setTimeout(
      () => finish(new Error(`no "${markers[seen.length]}" within 10 s: ${output}`)),
      10_000,
    );
    const finish = (error?: Error, result?: ColdStart) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      const node = child.pid ? childOf(child.pid) : undefined;
      if (node) process.kill(node, "SIGKILL");
      if (error) reject(error);
      else if (result) resolve(result);
    };
    let measuring = true;
    child.stdout.on("data", (chunk: Buffer) => {
      if (!measuring) return;
      output += chunk.toString("utf8");
      const now = performance.now() - started;
      while (seen.length < markers.length && output.includes(markers[seen.length] ?? ""))
        seen.push(now);
      if (seen.length < markers.length) return;
      measuring = false;
      // Memory once the screen is up and the event loop has settled.
      setTimeout(() => {
        const node = child.pid ? childOf(child.pid) : undefined;
        finish(undefined, { ms: seen, rssMiB: node ? rssOf(node) : Number.NaN });
      }, 300);
    });
    child.on("error", (error) => finish(error));
  });
}
