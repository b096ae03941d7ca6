import { createHash } from "node:crypto";

// Static pages carry inline <script> tags (Next's `self.__next_f.push(…)` payload). Nonces would
// force per-request rendering, so the policy lists the SHA-256 of each page's inline scripts,
// computed after `next build` (src/build/write-csp-manifest.ts) and served by src/proxy.ts.

export type CspManifest = {
  /** Page path ("/en/missions") → its inline scripts' hash sources ("'sha256-…'"). */
  pages: Record<string, string[]>;
  /** Prerendered non-HTML outputs ("/data/inzet.json", "/icon.svg"). */
  files: string[];
};

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The text of every inline script (no `src`) in an HTML document, in order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const [, attrs = "", body = ""] of html.matchAll(SCRIPT)) {
    if (!/\ssrc\s*=/i.test(` ${attrs}`)) out.push(body);
  }
  return out;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** ".next/server/app" relative output file → URL path: "en/missions.html" → "/en/missions". */
export function outputPath(file: string): string {
  const path = file.replace(/\\/g, "/").replace(/\.(html|body)$/, "");
  if (path === "index") return "/";
  return `/${path}`;
}

export type PolicyOptions = { scriptHashes: readonly string[]; dev?: boolean };

/** The page policy: nothing from elsewhere, no framing, scripts only from here or by hash. */
export function contentSecurityPolicy({ scriptHashes, dev = false }: PolicyOptions): string {
  const script = dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...new Set(scriptHashes)];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // Development only: the dev overlay injects <style> elements.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'self'",
  ].join("; ");
}

/** For files served as downloads or images: nothing may run or load, and nothing may frame. */
export const FILE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
