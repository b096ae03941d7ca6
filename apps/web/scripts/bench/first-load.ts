import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, parse, sep } from "node:path";
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  route: string;
  scripts: number;
  gzipBytes: number;
  /** The HTML document itself, gzip: it carries the inline RSC payload. */
  htmlGzipBytes: number;
}

/** A page's first load as served, with the size of the RSC payload in its HTML. */
export interface ServedFirstLoad extends FirstLoad {
  /** The inline RSC payload (`self.__next_f.push(…)` scripts) in the HTML, uncompressed. */
  rscBytes: number;
}

/**
 * The JavaScript a first visit loads: every `<script src>` of the prerendered HTML (not the
 * `noModule` polyfills a modern browser skips), gzip-compressed as a server would send it.
 */
export function firstLoadJs(appDir: string, route: string): FirstLoad {
  const html = readFileSync(prerenderedHtml(appDir, route), "utf8");
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) sources.add(src);
  }
  let gzipBytes = 0;
  for (const src of sources) {
    const path = src.replace(/^\/_next\//, "").split("?")[0] ?? "";
    gzipBytes += gzipSync(readFileSync(join(appDir, ".next", path))).length;
  }
  return { route, scripts: sources.size, gzipBytes, htmlGzipBytes: gzipSync(html).length };
}

/**
 * Where `next build` wrote a prerendered page: server/app/<route>.html, or (Next 16.4, for an
 * app with an adapter) server/route-cache/APP_PAGE/<hash>/$/<route>.html.
 */
export function prerenderedHtml(appDir: string, route: string): string {
  const name = `${route === "/" ? "index" : route}.html`;
  const server = join(appDir, ".next", "server");
  const direct = join(server, "app", name);
  if (existsSync(direct)) return direct;
  const cache = join(server, "route-cache", "APP_PAGE");
  const found = existsSync(cache)
    ? readdirSync(cache)
        .map((hash) => join(cache, hash, "$", name))
        .find(existsSync)
    : undefined;
  if (!found) throw new Error(`${appDir}: no prerendered HTML for ${route}; build first`);
  return found;
}

const get = async (url: string) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
};

/**
 * The JavaScript a first visit loads, read from what the server serves (no build internals):
 * every `<script src>` of the page's HTML (not the `noModule` polyfills a modern browser skips),
 * gzip-compressed as a server would send it.
 */
export async function servedFirstLoad(url: string, route: string): Promise<ServedFirstLoad> {
  const html = (await get(url)).toString("utf8");
  const sources = new Set<string>();
  let rscBytes = 0;
  for (const [, attrs = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src && !/\snomodule\b/i.test(attrs)) sources.add(new URL(src, url).href);
    if (body.startsWith("self.__next_f.push(")) rscBytes += Buffer.byteLength(body);
  }
  let gzipBytes = 0;
  for (const src of sources) gzipBytes += gzipSync(await get(src)).length;
  return {
    route,
    scripts: sources.size,
    gzipBytes,
    htmlGzipBytes: gzipSync(html).length,
    rscBytes,
  };
}

const LAYOUT = `export const metadata = { title: "Bare" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;
const PAGE = `export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
      <p>A bare App Router page: a heading and a paragraph, for comparison.</p>
    </main>
  );
}
`;

export interface BareApp {
  dir: string;
  remove: () => void;
}

/**
 * Builds a bare App Router page (a heading and a paragraph) with this workspace's Next and React
 * (the app's own node_modules, symlinked) in a temp dir, to be served with `next start` like the
 * app. `remove()` deletes it.
 */
export function buildBareNextApp(appDir: string): BareApp {
  const dir = mkdtempSync(join(tmpdir(), "inzet-bare-next-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(join(dir, "package.json"), '{ "name": "bare-next", "private": true }\n');
    // Turbopack compiles only files under its root: the temp dir and the pnpm store must be inside.
    const root = commonAncestor(dir, realpathSync(join(appDir, "node_modules", "next")));
    writeFileSync(
      join(dir, "next.config.mjs"),
      `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(root)} }, outputFileTracingRoot: ${JSON.stringify(root)} };\n`,
    );
    mkdirSync(join(dir, "app"));
    writeFileSync(join(dir, "app", "layout.jsx"), LAYOUT);
    writeFileSync(join(dir, "app", "page.jsx"), PAGE);
    symlinkSync(join(appDir, "node_modules"), join(dir, "node_modules"), "dir");
    const nextBin = createRequire(join(appDir, "package.json")).resolve("next/dist/bin/next");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) {
      throw new Error(`bare next build failed:\n${build.stdout}\n${build.stderr}`);
    }
    return { dir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The bare page's first-load JS, from its build (for e2e/bare-first-load.ts, which keeps it). */
export function bareNextFirstLoad(appDir: string): FirstLoad {
  const bare = buildBareNextApp(appDir);
  try {
    return { ...firstLoadJs(bare.dir, "/"), route: "bare Next.js page" };
  } finally {
    bare.remove();
  }
}

function commonAncestor(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(sep) || parse(a).root;
}
