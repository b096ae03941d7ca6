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
  return <h1>Hello</h1>;
}
`;

/**
 * Builds a bare App Router page with this workspace's Next and React (the app's own
 * node_modules, symlinked) and returns its first-load JS.
 */
export function bareNextFirstLoad(appDir: string): FirstLoad {
  const dir = mkdtempSync(join(tmpdir(), "inzet-bare-next-"));
  try {
    writeFileSync(join(dir, "package.json"), '{ "name": "bare-next", "private": true }\n');
    // Turbopack compiles only files under its root: the temp dir and the pnpm store must be inside.
    const root = commonAncestor(dir, realpathSync(join(appDir, "node_modules", "next")));
    writeFileSync(
      join(dir, "next.config.mjs"),
      `export default { turbopack: { root: ${JSON.stringify(root)} }, outputFileTracingRoot: ${JSON.stringify(root)} };\n`,
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
    return { ...firstLoadJs(dir, "/"), route: "bare Next.js page" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function commonAncestor(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(sep) || parse(a).root;
}
