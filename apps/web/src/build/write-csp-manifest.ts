// Run after `next build`: hash every prerendered page's inline scripts into .next/csp-manifest.json,
// which src/proxy.ts reads to send each page its Content-Security-Policy.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type CspManifest, inlineScripts, outputPath, sha256Source } from "../lib/csp";
import { CSP_MANIFEST_FILE, PRERENDER_DIR } from "../lib/route-policy";

const root = join(process.cwd(), PRERENDER_DIR);

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const manifest: CspManifest = { pages: {}, files: [] };
for (const file of walk(root)) {
  const rel = relative(root, file);
  if (rel.startsWith("_")) continue; // Next's own _not-found and _global-error
  if (rel.endsWith(".html")) {
    const scripts = inlineScripts(readFileSync(file, "utf8"));
    manifest.pages[outputPath(rel)] = [...new Set(scripts.map(sha256Source))];
  } else if (rel.endsWith(".body")) {
    manifest.files.push(outputPath(rel));
  }
}

const pages = Object.keys(manifest.pages).length;
if (pages === 0) throw new Error(`No prerendered pages under ${root}: run \`next build\` first.`);
manifest.files.sort();
writeFileSync(join(process.cwd(), CSP_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
process.stdout.write(
  `CSP: hashed the inline scripts of ${pages} pages into ${CSP_MANIFEST_FILE} (${manifest.files.length} files listed).\n`,
);
