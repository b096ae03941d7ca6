import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The stylesheet (~5 KiB gzip) goes into each page's <head>: no render-blocking request before
  // the first paint. Its hash is in the CSP (src/build/write-csp-manifest.ts).
  experimental: { inlineCss: true },
  // Headers that do not depend on the page; the per-page CSP is set in src/proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default withNextIntl(config);
