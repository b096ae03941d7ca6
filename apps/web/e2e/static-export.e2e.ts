import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REDIRECT_POLICY } from "../src/build/static-hosting";
import { parseCsp } from "./csp-header";
import { webDir } from "./server";
import { baseURL, useSession } from "./session";
import { STATIC_SITE } from "./static-server";

// Only against the static export (E2E_TARGET=static): what a host serving its plain files and
// `_headers`/`_redirects` gives, beyond the page tests that run against both targets.
const { withPage } = useSession();

const fetchPath = (path: string) =>
  fetch(`${baseURL}${path}`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });

/** Every page of the export by its clean URL ("/en/missions/untso"), 404 pages aside. */
function exportedPages(): string[] {
  const site = join(webDir, STATIC_SITE);
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => `/${relative(site, join(e.parentPath, e.name)).replace(/\.html$/, "")}`)
    .filter((path) => !/(^|\/)(404|_not-found|index)$/.test(path))
    .sort();
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = ""]) => !/\b(src=|type="application\/(ld\+)?json")/i.test(attributes))
    .map(([, , body = ""]) => body);

describe.concurrent("the static export, served from its files", () => {
  it("sends `/` to the default language with the redirect page's own policy", async () => {
    const response = await fetchPath("/");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/en");
    expect(response.headers.get("content-security-policy")).toBe(REDIRECT_POLICY);
  });

  it("lands on the English overview from `/` in a browser, with no CSP violation", () =>
    withPage({}, async (page) => {
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe("/en");
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    }));

  it("gives every page a policy that hashes each of its inline scripts", async () => {
    const pages = exportedPages();
    expect(pages).toContain("/en/missions/untso");
    expect(pages).toContain("/nl/data");
    const unhashed: string[] = [];
    for (let i = 0; i < pages.length; i += 8) {
      await Promise.all(
        pages.slice(i, i + 8).map(async (path) => {
          const response = await fetchPath(path);
          expect(response.status, path).toBe(200);
          const scriptSrc = parseCsp(response.headers.get("content-security-policy") ?? "").get(
            "script-src",
          );
          expect(scriptSrc, `${path}: script-src`).toBeDefined();
          expect(scriptSrc).not.toContain("'unsafe-inline'");
          for (const body of inlineScripts(await response.text())) {
            const hash = createHash("sha256").update(body, "utf8").digest("base64");
            if (!scriptSrc?.includes(`'sha256-${hash}'`)) unhashed.push(path);
          }
        }),
      );
    }
    expect(unhashed, "pages with an inline script their policy does not hash").toEqual([]);
  });

  it("answers an unknown Dutch path with the Dutch 404 page, its policy in header and <meta>", async () => {
    const response = await fetchPath("/nl/missies/bestaat-niet");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/<html[^>]* lang="nl"/);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src/);
  });

  it("runs the 404 page's scripts under its policy in a browser", () =>
    withPage({}, async (page) => {
      const response = await page.goto("/nl/missions/no-such-mission");
      expect(response?.status()).toBe(404);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("nl");
      await expect(page.getByRole("link").count()).resolves.toBeGreaterThan(0);
    }));

  it("does not serve the host's configuration files", async () => {
    for (const path of ["/_headers", "/_redirects"]) {
      const response = await fetchPath(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("Content-Security-Policy:");
    }
  });
});
