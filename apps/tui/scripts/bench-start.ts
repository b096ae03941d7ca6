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

/**
 * Starts `node ARGS` in a pseudo-terminal (util-linux `script`) and times the spawn until output
 * containing `marker` arrives: what a person waits before the first frame. CI is unset, as Ink
 * otherwise draws only its last frame.
 */
export function coldStart(
  args: string[],
  marker: string,
): Promise<{ firstFrameMs: number; rssMiB: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color" };
  delete env.CI;
  const command = `stty cols 100 rows 30; exec ${[process.execPath, ...args].map((a) => `'${a}'`).join(" ")}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      env,
      stdio: ["pipe", "pipe", "inherit"],
    });
    let output = "";
    let done = false;
    const timer = setTimeout(
      () => finish(new Error(`no "${marker}" within 10 s: ${output}`)),
      10_000,
    );
    const finish = (error?: Error, result?: { firstFrameMs: number; rssMiB: number }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      const node = child.pid ? childOf(child.pid) : undefined;
      if (node) process.kill(node, "SIGKILL");
      if (error) reject(error);
      else if (result) resolve(result);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (done || !output.includes(marker)) return;
      const firstFrameMs = performance.now() - started;
      // Memory once the first frame is up and the event loop has settled.
      setTimeout(() => {
        const node = child.pid ? childOf(child.pid) : undefined;
        finish(undefined, { firstFrameMs, rssMiB: node ? rssOf(node) : Number.NaN });
      }, 300);
    });
    child.on("error", (error) => finish(error));
  });
}
