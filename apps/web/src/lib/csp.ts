// Static pages carry inline <script> tags (Next's `self.__next_f.push(…)` payload) and the
// stylesheet inlined as a <style> (experimental.inlineCss). Nonces would force per-request
// rendering, so the policy lists the SHA-256 of each page's inline scripts and of the site's inline
// styles, computed by `next build` (src/build/csp-adapter.ts) and served by src/proxy.ts.
// No imports: the adapter loads this file outside the bundler.

/** In Next's build directory (.next). */
export const CSP_MANIFEST_NAME = "csp-manifest.json";

export type CspManifest = {
  /** Page path ("/en/missions") → its inline scripts' hash sources ("'sha256-…'"). */
  pages: Record<string, string[]>;
  /**
   * Every inline <style> of any page. One list for the whole site: a client-side navigation
   * keeps the first page's policy, and React may insert the next page's <style> under it.
   */
  styles: string[];
  /** Prerendered non-HTML outputs ("/data/inzet.json", "/icon.svg"). */
  files: string[];
  /** The 404 page of each language ("/en/404") as built: unknown paths are answered with it. */
  notFound: Record<string, string>;
};

export type PolicyOptions = {
  scriptHashes: readonly string[];
  styleHashes?: readonly string[];
  dev?: boolean;
};

/** The page policy: nothing from elsewhere, no framing, scripts and styles from here or by hash. */
export function contentSecurityPolicy({
  scriptHashes,
  styleHashes = [],
  dev = false,
}: PolicyOptions): string {
  const script = dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...new Set(scriptHashes)];
  // Development: the dev overlay injects <style> elements. No style attributes in either case.
  const style = dev ? ["'self'", "'unsafe-inline'"] : ["'self'", ...new Set(styleHashes)];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    `style-src ${style.join(" ")}`,
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
