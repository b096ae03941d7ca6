// The static export served as a static host serves it: plain files from out/site, with the
// headers of its generated `_headers` and the redirects of its `_redirects` (Cloudflare Pages'
// reading of both: redirects first, clean URLs, a `404` rule only where no file is). A few lines of
// node:http rather than an npm server because none of the well-kept ones (serve, http-server,
// sirv) reads `_headers`: with them the tests would check a copy of the headers, not the file a
// deployment uses; and it needs no nginx on the machine (`E2E_STATIC_SERVER=nginx` still uses it).
import { readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import {
  type HeaderRule,
  headersFor,
  parseHeaders,
  parseRedirects,
  type RedirectRule,
  redirectFor,
} from "../src/build/host-rules";
import type { NextServer } from "./server";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonld": "application/ld+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

// The host's own files: never served.
const CONFIG = new Set(["/_headers", "/_redirects"]);

type Site = { root: string; headers: HeaderRule[]; redirects: RedirectRule[] };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file a clean URL names ("/en/missions" → en/missions.html), and its clean path. */
function resolveFile(site: Site, path: string): { file: string; clean: string } | undefined {
  if (CONFIG.has(path)) return undefined;
  const inside = (p: string) => {
    const file = normalize(join(site.root, p));
    return file.startsWith(site.root + sep) && isFile(file) ? file : undefined;
  };
  const base = path.endsWith("/") ? `${path}index` : path;
  const direct = path.endsWith("/") ? undefined : inside(path);
  if (direct) return { file: direct, clean: path };
  const html = inside(`${base}.html`);
  return html ? { file: html, clean: path } : undefined;
}

async function send(
  site: Site,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  file: string,
  headerPath: string,
) {
  const body = await readFile(file);
  res.statusCode = status;
  res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
  res.setHeader("Content-Length", body.length);
  for (const [name, value] of headersFor(site.headers, headerPath)) res.setHeader(name, value);
  res.end(req.method === "HEAD" ? undefined : body);
}

async function handle(site: Site, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://host").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const rule = redirectFor(site.redirects, path);
  if (rule && rule.status >= 300 && rule.status < 400) {
    for (const [name, value] of headersFor(site.headers, path)) res.setHeader(name, value);
    res.writeHead(rule.status, { Location: rule.to }).end();
    return;
  }
  const found = resolveFile(site, path);
  if (found) return send(site, req, res, 200, found.file, found.clean);
  // A rewrite to the localized 404 page: sent with that page's own headers (its script hashes),
  // as nginx's error_page does; the page carries its policy as a <meta> too, for hosts that don't.
  const page = rule ? resolveFile(site, rule.to.replace(/\.html$/, "")) : undefined;
  if (rule && page) return send(site, req, res, rule.status, page.file, page.clean);
  const fallback = resolveFile(site, "/404");
  if (fallback) return send(site, req, res, 404, fallback.file, "/404");
  res.writeHead(404).end();
}

/** Serves `root` (the export folder) on a free loopback port until stop(). */
export async function startHeadersServer(root: string): Promise<NextServer> {
  const site: Site = {
    root: normalize(root),
    headers: parseHeaders(readFileSync(join(root, "_headers"), "utf8")),
    redirects: parseRedirects(readFileSync(join(root, "_redirects"), "utf8")),
  };
  const server = createServer((req, res) => {
    handle(site, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
