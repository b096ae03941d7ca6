// The one module that reads what `next build` wrote, and only through Next's documented adapter
// API (`adapterPath` in next.config.ts): Next lists every prerendered page and file with the path
// it wrote it to. This hashes each page's inline scripts, and the site's inline styles, into
// .next/csp-manifest.json for src/proxy.ts. Node loads this file itself (type stripping): its
// imports are node: modules, types, and csp.ts by its full name.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { NextAdapter } from "next";
import { CSP_MANIFEST_NAME, type CspManifest } from "../lib/csp.ts";
import { writeStaticHosting } from "./write-static-hosting.ts";

/** The parts of Next's `AdapterOutputs` read here (the adapter's type checks them against Next's). */
export type BuildOutputs = {
  appPages: readonly { pathname: string }[];
  prerenders: readonly {
    pathname: string;
    route: string;
    routeType?: string | undefined;
    fallback?: { filePath: string | undefined } | undefined;
  }[];
  staticFiles: readonly { pathname: string; filePath: string }[];
};

type Built = { pathname: string; filePath: string };

// Next's own error pages and internals ("/_not-found", "/_next/…", the Pages Router's /404 and
// /500); ours are /{locale}/404.
const NEXT_OWN = /^\/(_|404$|500$)/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLESHEET = /^\/_next\/static\/.+\.css$/;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** The text of every inline script (no `src`) in an HTML document, in order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].flatMap(([, attrs = "", body = ""]) =>
    /\ssrc\s*=/i.test(` ${attrs}`) ? [] : [body],
  );
}

/** The text of every <style> element in an HTML document, in order. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(STYLE)].map(([, body = ""]) => body);
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * What the site serves from the build: prerendered pages and route handlers (`next build`), or
 * every file (`output: "export"`, where Next lists them all as static files). Fails when a page
 * is not prerendered: it would be served without its scripts' hashes.
 */
export function builtOutputs({ appPages, prerenders, staticFiles }: BuildOutputs): Built[] {
  const prerendered = prerenders.flatMap(({ pathname, routeType, fallback }) =>
    (routeType === "page" || routeType === "route") && fallback?.filePath
      ? [{ pathname, filePath: fallback.filePath }]
      : [],
  );
  for (const { pathname: route } of appPages) {
    if (NEXT_OWN.test(route) || route.endsWith(".rsc")) continue;
    if (!prerenders.some((p) => p.route === route && p.routeType === "page")) {
      throw new Error(`CSP: ${route} is not prerendered, so its inline scripts cannot be hashed.`);
    }
  }
  // Next's stylesheets stay: a client-side navigation inserts a stylesheet the first page lacked
  // as a <style> of its own (inlineCss), which the first page's policy must allow.
  return [...prerendered, ...staticFiles].filter(
    ({ pathname }) => !NEXT_OWN.test(pathname) || STYLESHEET.test(pathname),
  );
}

/**
 * Each page's script hashes, the site's style hashes (every inline style of its pages and every
 * stylesheet of the build on its own), the other files and the 404 pages.
 */
export function cspManifest(built: readonly Built[], read: (file: string) => string): CspManifest {
  const manifest: CspManifest = { pages: {}, styles: [], files: [], notFound: {} };
  const styles = new Set<string>();
  for (const { pathname, filePath } of built) {
    if (STYLESHEET.test(pathname)) {
      styles.add(sha256Source(read(filePath)));
      continue;
    }
    if (!filePath.endsWith(".html")) {
      manifest.files.push(pathname);
      continue;
    }
    const html = read(filePath);
    manifest.pages[pathname] = [...new Set(inlineScripts(html).map(sha256Source))];
    for (const style of inlineStyles(html)) styles.add(sha256Source(style));
    if (pathname.endsWith("/404")) manifest.notFound[pathname] = html;
  }
  if (Object.keys(manifest.notFound).length === 0) {
    throw new Error("CSP: the build has no /{locale}/404 page; was the Next adapter API changed?");
  }
  manifest.files.sort();
  manifest.styles = [...styles].sort();
  return manifest;
}

const adapter = {
  name: "inzet-csp",
  onBuildComplete({ outputs, distDir, config, projectDir }) {
    const manifest = cspManifest(builtOutputs(outputs), (file) => readFileSync(file, "utf8"));
    writeFileSync(join(distDir, CSP_MANIFEST_NAME), `${JSON.stringify(manifest)}\n`);
    // `pnpm build:static`: the host configuration beside the exported files (distDir names them).
    if (config.output === "export") writeStaticHosting(join(projectDir, config.distDir), manifest);
    const pages = Object.keys(manifest.pages).length;
    process.stdout.write(
      `CSP: hashed the inline scripts of ${pages} pages and ${manifest.styles.length} inline styles (${manifest.files.length} files listed).\n`,
    );
  },
} satisfies NextAdapter;

export default adapter;
