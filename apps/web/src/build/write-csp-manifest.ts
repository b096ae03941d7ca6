// Run after `next build`: hash every prerendered page's inline scripts, and the inline styles of
// all pages, into .next/csp-manifest.json, which src/proxy.ts reads to send each page its
// Content-Security-Policy.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  type CspManifest,
  inlineScripts,
  inlineStyles,
  outputPath,
  sha256Source,
} from "../lib/csp";
import { CSP_MANIFEST_FILE, PRERENDER_DIR } from "../lib/route-policy";

const root = join(process.cwd(), PRERENDER_DIR);

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const manifest: CspManifest = { pages: {}, styles: [], files: [] };
const styles = new Set<string>();
for (const file of walk(root)) {
  const rel = relative(root, file);
  if (rel.startsWith("_")) continue; // Next's own _not-found and _global-error
  if (rel.endsWith(".html")) {
    const html = readFileSync(file, "utf8");
    manifest.pages[outputPath(rel)] = [...new Set(inlineScripts(html).map(sha256Source))];
    for (const style of inlineStyles(html)) styles.add(sha256Source(style));
  } else if (rel.endsWith(".body")) {
    manifest.files.push(outputPath(rel));
  }
}

const pages = Object.keys(manifest.pages).length;
if (pages === 0) throw new Error(`No prerendered pages under ${root}: run \`next build\` first.`);
manifest.files.sort();
manifest.styles = [...styles].sort();
writeFileSync(join(process.cwd(), CSP_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
process.stdout.write(
  `CSP: hashed the inline scripts of ${pages} pages and ${styles.size} inline styles into ${CSP_MANIFEST_FILE} (${manifest.files.length} files listed).\n`,
);
