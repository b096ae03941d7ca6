import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./src/env";
import { loadOwnDataset, OwnDatasetError } from "./src/lib/own-dataset";
import { STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/** Where `pnpm build:static` writes the site: out/site (its host configuration goes in out/). */
const STATIC_SITE_DIR = "out/site";

const config: NextConfig = {
  poweredByHeader: false,
  // Hashes every page's inline scripts and styles for the CSP once the build is written (and,
  // for the static export, writes the host configuration).
  adapterPath: fileURLToPath(new URL("./src/build/csp-adapter.ts", import.meta.url)),
  reactStrictMode: true,
  // The stylesheet (~5 KiB gzip) goes into each page's <head>: no render-blocking request before
  // the first paint. Its hash is in the CSP (src/build/csp-adapter.ts).
  experimental: { inlineCss: true },
  ...(env.staticExport
    ? // Plain files for any web server: with a custom distDir, Next writes the export there.
      { output: "export", distDir: STATIC_SITE_DIR }
    : {
        // Headers that do not depend on the page; the per-page CSP is set in src/proxy.ts.
        async headers() {
          return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
        },
      }),
};

export default function nextConfig(phase: string): NextConfig {
  // A dataset of one's own is validated before anything is built: its errors, located, end the build.
  if (phase === PHASE_PRODUCTION_BUILD && env.dataPath !== undefined) {
    let ds: ReturnType<typeof loadOwnDataset>;
    try {
      ds = loadOwnDataset(env.dataPath);
    } catch (error) {
      // The located issues are the whole message: thrown, Next would add its own words and a
      // stack trace of the config loader to them.
      if (!(error instanceof OwnDatasetError)) throw error;
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    process.stdout.write(
      `Inzet: building on the dataset in ${env.dataPath} (${ds.missions.length} missions, ${ds.sources.length} sources).\n`,
    );
  }
  return withNextIntl(config);
}
