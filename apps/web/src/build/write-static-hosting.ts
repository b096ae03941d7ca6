// Writes what src/build/static-hosting.ts generates beside the static export: `_headers`,
// `_redirects`, the redirect page and the 404 pages into the site folder (out/site), the nginx
// snippet and the CSP manifest next to it (out/), outside what is served.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { routing } from "../i18n/routing.ts";
import { CSP_MANIFEST_NAME, type CspManifest } from "../lib/csp.ts";
import {
  headersFile,
  hostedPages,
  nginxConf,
  redirectPage,
  redirectsFile,
  withMetaPolicy,
} from "./static-hosting.ts";

export const NGINX_SNIPPET = "nginx/inzet.conf";

/** `site` is the export folder (out/site); the rest goes into its parent. */
export function writeStaticHosting(site: string, manifest: CspManifest): void {
  const home = `/${routing.defaultLocale}`;
  const out = dirname(site);
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const languages = routing.locales.map((locale) => ({
    path: `/${locale}`,
    name: new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale,
  }));
  write(join(site, "_headers"), headersFile(manifest));
  write(join(site, "_redirects"), redirectsFile(manifest, home));
  write(join(site, "index.html"), redirectPage(home, languages));
  const policies = new Map(hostedPages(manifest).map((p) => [p.path, p.policy]));
  for (const page of Object.keys(manifest.notFound)) {
    const html = withMetaPolicy(
      readFileSync(join(site, `${page}.html`), "utf8"),
      policies.get(page) ?? "",
    );
    write(join(site, `${page}.html`), html);
    // Hosts that know one 404 page only (GitHub Pages, S3) take /404.html: the default language's.
    if (page === `${home}/404`) write(join(site, "404.html"), html);
  }
  write(join(out, NGINX_SNIPPET), nginxConf(manifest, home));
  write(join(out, CSP_MANIFEST_NAME), `${JSON.stringify(manifest)}\n`);
}
