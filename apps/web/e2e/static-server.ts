import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NGINX_SNIPPET } from "../src/build/write-static-hosting";
import { startHeadersServer } from "./headers-server";
import { freePort, type NextServer, waitForHttp, webDir } from "./server";

export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
export const STATIC_SITE = "out/site";

/** A whole nginx.conf around the generated snippet: one worker, everything under `prefix`. */
export function nginxConfig(prefix: string, port: number, site: string, snippet: string): string {
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  return `worker_processes 1;
daemon off;
pid ${join(prefix, "nginx.pid")};
error_log ${join(prefix, "error.log")} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  server {
    listen 127.0.0.1:${port};
    root ${site};
    include ${snippet};
  }
}
`;
}

/** Which server the static e2e run uses: the `_headers` file server, or nginx with the snippet. */
export const STATIC_SERVER: "headers" | "nginx" =
  process.env.E2E_STATIC_SERVER === "nginx" ? "nginx" : "headers";

function requireStaticBuild(dir: string): void {
  if (!existsSync(join(dir, "out", NGINX_SNIPPET)) || !existsSync(join(dir, STATIC_SITE))) {
    throw new Error(`No static build in ${dir}: run \`pnpm build:static\` first.`);
  }
}

/** Serves the static export (`pnpm build:static`) with the server E2E_STATIC_SERVER names. */
export async function startStaticServer(dir = webDir): Promise<NextServer> {
  if (STATIC_SERVER === "nginx") return startNginxServer(dir);
  requireStaticBuild(dir);
  return startHeadersServer(join(dir, STATIC_SITE));
}

/** Serves the static export with Debian's nginx and the generated snippet. */
export async function startNginxServer(dir = webDir, timeoutMs = 15_000): Promise<NextServer> {
  const site = join(dir, STATIC_SITE);
  const snippet = join(dir, "out", NGINX_SNIPPET);
  requireStaticBuild(dir);
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (apt-get install nginx).`);
  const prefix = mkdtempSync(join(tmpdir(), "inzet-nginx-"));
  const port = await freePort();
  const conf = join(prefix, "nginx.conf");
  writeFileSync(conf, nginxConfig(prefix, port, site, snippet));
  const child: ChildProcess = spawn(
    NGINX,
    ["-p", prefix, "-c", conf, "-e", join(prefix, "error.log")],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  const onExit = () => child.kill("SIGKILL");
  process.once("exit", onExit);
  const stop = async () => {
    process.off("exit", onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGQUIT");
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      waitForHttp(`${url}/en`, timeoutMs),
      new Promise<never>((_, reject) =>
        child.once("exit", (code) => reject(new Error(`nginx exited (${code}):\n${output}`))),
      ),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}
