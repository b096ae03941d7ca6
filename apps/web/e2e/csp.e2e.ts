import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { bundledDataset, listMissions } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { routing } from "../src/i18n/routing";
import type { CspManifest } from "../src/lib/csp";
import { parseCsp } from "./csp-header";
import { PAGE_TYPES, PAGE_TYPES_NL } from "./pages";
import { baseURL, useSession } from "./session";
import { expectRows, openTable } from "./table";
import { cspManifestFile } from "./target";

const { withPage } = useSession();

const STRICT_REFERRER = [
  "no-referrer",
  "same-origin",
  "strict-origin",
  "strict-origin-when-cross-origin",
];
const JS_TYPES = ["", "module", "text/javascript", "application/javascript"];

/** Every `<script>` without src whose type makes the browser run it, with its attributes. */
function inlineScripts(html: string): { attributes: string; body: string }[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(
    ([, attributes = "", body = ""]) => ({ attributes, body }),
  );
  return scripts.filter(({ attributes }) => {
    if (/\ssrc=/i.test(` ${attributes}`)) return false;
    const type = /\stype=["']?([^"'\s>]+)/i.exec(` ${attributes}`)?.[1] ?? "";
    return JS_TYPES.includes(type.toLowerCase());
  });
}

// That Chromium reports no CSP violation on any page type is checked in pages.e2e.ts.
describe.concurrent("Content-Security-Policy and security headers", () => {
  for (const { name, path, status } of [...PAGE_TYPES, ...PAGE_TYPES_NL]) {
    it(`${name}: strict headers, and every inline script and style hashed or nonced`, async () => {
      const response = await fetch(`${baseURL}${path}`, { signal: AbortSignal.timeout(10_000) });
      const html = await response.text();
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);

      const header = response.headers.get("content-security-policy");
      expect(header, "Content-Security-Policy header").toBeTruthy();
      const csp = parseCsp(header ?? "");
      const scriptSrc = csp.get("script-src") ?? csp.get("default-src");
      expect(scriptSrc, "script-src (or default-src)").toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc).not.toContain("*");
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(STRICT_REFERRER).toContain(response.headers.get("referrer-policy"));

      const unhashed = inlineScripts(html)
        .filter(({ attributes, body }) => {
          const nonce = /\snonce=["']?([^"'\s>]+)/i.exec(` ${attributes}`)?.[1];
          if (nonce && scriptSrc?.includes(`'nonce-${nonce}'`)) return false;
          const hash = createHash("sha256").update(body, "utf8").digest("base64");
          return !scriptSrc?.includes(`'sha256-${hash}'`);
        })
        .map(({ body }) => body.slice(0, 120));
      expect(unhashed, "inline scripts neither hashed nor nonced in the CSP").toEqual([]);

      const styleSrc = csp.get("style-src") ?? csp.get("default-src");
      expect(styleSrc).not.toContain("'unsafe-inline'");
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
        ([, b = ""]) => b,
      );
      const unhashedStyles = styles
        .filter((body) => {
          const hash = createHash("sha256").update(body, "utf8").digest("base64");
          return !styleSrc?.includes(`'sha256-${hash}'`);
        })
        .map((body) => body.slice(0, 120));
      expect(unhashedStyles, "inline styles not hashed in the CSP").toEqual([]);
    });
  }

  it("the build hashed every page the site has, in both languages, and kept the 404 pages", () => {
    const manifest: CspManifest = JSON.parse(readFileSync(cspManifestFile(), "utf8"));
    const ds = bundledDataset();
    const paths = [
      ...["", "/missions", "/clusters", "/timeline", "/trend", "/assessment", "/scenarios"],
      ...["/sources", "/quality", "/data", "/404"],
      ...ds.missions.map((m) => `/missions/${m.id}`),
      ...ds.clusters.map((c) => `/clusters/${c.id}`),
    ];
    const pages = routing.locales.flatMap((locale) => paths.map((path) => `/${locale}${path}`));
    expect(Object.keys(manifest.pages).sort()).toEqual(pages.sort());
    expect(Object.values(manifest.pages).every((hashes) => hashes.length > 0)).toBe(true);
    expect(Object.keys(manifest.notFound).sort()).toEqual(["/en/404", "/nl/404"]);
  });

  it("lets the table's script run: filtering works in place, without a page load", () =>
    withPage({}, async (page) => {
      await openTable(page);
      await page.evaluate(() => {
        (window as unknown as { __samePage: boolean }).__samePage = true;
      });
      await page.getByLabel(/^group$/i).selectOption({ label: "Balkans" });
      await expectRows(page, ["EUFOR Althea", "EULEX Kosovo", "KFOR"]);
      await page.getByRole("searchbox").fill("kfor");
      const expected = listMissions(bundledDataset(), { cluster: "balkans", search: "kfor" });
      await expectRows(
        page,
        expected.map((mission) => mission.acronym),
      );
      await page.waitForURL(/kfor/);
      await expect(page.evaluate(() => "__samePage" in window)).resolves.toBe(true);
    }));
});
