import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isDevelopment } from "./env";
import { routing } from "./i18n/routing";
import { type CspManifest, contentSecurityPolicy, FILE_POLICY } from "./lib/csp";
import { CSP_MANIFEST_FILE, decideRoute, looksLikeFile } from "./lib/route-policy";

const intl = createMiddleware(routing);

function loadManifest(): CspManifest | undefined {
  if (isDevelopment) return undefined;
  try {
    return JSON.parse(
      readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), CSP_MANIFEST_FILE), "utf8"),
    ) as CspManifest;
  } catch {
    process.stderr.write(
      `Inzet: ${CSP_MANIFEST_FILE} is missing; pages are served with a policy that blocks their inline scripts. Build with \`pnpm -F @inzet/web build\`.\n`,
    );
    return undefined;
  }
}

// Read once at start-up: the hashes of every prerendered page's inline scripts and styles, and
// the 404 pages.
const manifest = loadManifest();

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  if (!manifest) {
    if (looksLikeFile(request.nextUrl.pathname))
      return withPolicy(NextResponse.next(), FILE_POLICY);
    return withPolicy(
      intl(request),
      contentSecurityPolicy({ scriptHashes: [], dev: isDevelopment }),
    );
  }
  const decision = decideRoute(manifest, request.nextUrl.pathname);
  if (decision.kind === "file") return withPolicy(NextResponse.next(), FILE_POLICY);
  if (decision.kind === "locale-redirect") return withPolicy(intl(request), FILE_POLICY);
  const policy = contentSecurityPolicy(decision);
  if (decision.status === 200) return withPolicy(intl(request), policy);
  // Answered here rather than by a rewrite: Next proxies a rewrite whose origin differs from the
  // server's own (127.0.0.1 vs localhost, a public host name) as an external request.
  return withPolicy(
    new NextResponse(manifest.notFound[decision.path], {
      status: 404,
      headers: { "Content-Type": "text/html; charset=utf-8" },
    }),
    policy,
  );
}

export const config = { matcher: "/((?!_next/).*)" };
