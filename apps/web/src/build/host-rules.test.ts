import { describe, expect, it } from "vitest";
import type { CspManifest } from "../lib/csp";
import { headersFor, parseHeaders, parseRedirects, pathPattern, redirectFor } from "./host-rules";
import { headersFile, REDIRECT_POLICY, redirectsFile } from "./static-hosting";

const MANIFEST: CspManifest = {
  pages: {
    "/en": ["'sha256-home='"],
    "/en/missions/untso": ["'sha256-untso='"],
    "/en/404": ["'sha256-en404='"],
    "/nl/404": ["'sha256-nl404='"],
  },
  styles: ["'sha256-style='"],
  files: ["/data/inzet.json", "/icon.svg"],
  notFound: { "/en/404": "<html>", "/nl/404": "<html>" },
};

describe("path patterns", () => {
  it("match whole paths, `*` anything and `:name` one segment", () => {
    expect(pathPattern("/en").test("/en")).toBe(true);
    expect(pathPattern("/en").test("/en/missions")).toBe(false);
    expect(pathPattern("/data/*").test("/data/cite/mission/untso.bib")).toBe(true);
    expect(pathPattern("/data/*").test("/database")).toBe(false);
    expect(pathPattern("/:lang/x").test("/nl/x")).toBe(true);
    expect(pathPattern("/:lang/x").test("/nl/y/x")).toBe(false);
    expect(pathPattern("/a.b").test("/aXb")).toBe(false);
  });
});

describe("the generated `_headers`, read as a host reads it", () => {
  const rules = parseHeaders(headersFile(MANIFEST));

  it("gives a page its own policy and the site-wide headers, nothing twice", () => {
    const headers = headersFor(rules, "/en/missions/untso");
    expect(headers.get("content-security-policy")).toContain("script-src 'self' 'sha256-untso='");
    expect(headers.get("content-security-policy")).not.toContain(",");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("gives `/` the redirect page's policy, and the downloads theirs and their type", () => {
    expect(headersFor(rules, "/").get("content-security-policy")).toBe(REDIRECT_POLICY);
    const dcat = headersFor(rules, "/data/dcat.jsonld");
    expect(dcat.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(dcat.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });

  it("joins a header that several rules set, as the hosts do", () => {
    const joined = headersFor(parseHeaders("/*\n  X-A: 1\n/b\n  x-a: 2\n"), "/b");
    expect(joined.get("x-a")).toBe("1, 2");
  });

  it("refuses a header line outside a path, naming the line", () => {
    expect(() => parseHeaders("# c\n  X-A: 1\n")).toThrow(/line 2/);
  });
});

describe("the generated `_redirects`", () => {
  const rules = parseRedirects(redirectsFile(MANIFEST, "/en"));

  it("sends `/` to the default language, and each language's unknown paths to its 404", () => {
    expect(redirectFor(rules, "/")).toEqual({ to: "/en", status: 307 });
    expect(redirectFor(rules, "/nl/missions/nope")).toEqual({ to: "/nl/404.html", status: 404 });
    expect(redirectFor(rules, "/en/x")?.to).toBe("/en/404.html");
    expect(redirectFor(rules, "/fr")).toBeUndefined();
  });

  it("fills in the splat, defaults to 302, and refuses a line without a target", () => {
    expect(redirectFor(parseRedirects("/old/* /new/:splat"), "/old/a/b")).toEqual({
      to: "/new/a/b",
      status: 302,
    });
    expect(() => parseRedirects("/only-from\n")).toThrow(/line 1/);
  });
});
