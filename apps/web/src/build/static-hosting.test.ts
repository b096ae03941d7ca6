import { describe, expect, it } from "vitest";
import type { CspManifest } from "../lib/csp";
import {
  headersFile,
  nginxConf,
  REDIRECT_POLICY,
  redirectPage,
  redirectsFile,
  UnsafeConfigError,
  withMetaPolicy,
} from "./static-hosting";

const MANIFEST: CspManifest = {
  pages: {
    "/en": ["'sha256-home+/='"],
    "/en/missions/untso": ["'sha256-untso='", "'sha256-shared='"],
    "/nl/missions/untso": ["'sha256-untsonl='"],
    "/en/404": ["'sha256-en404='"],
    "/nl/404": ["'sha256-nl404='"],
  },
  styles: ["'sha256-style='"],
  files: ["/data/inzet.json", "/icon.svg", "/robots.txt", "/en.txt", "/_next/static/a.js"],
  notFound: { "/en/404": "<html>", "/nl/404": "<html>" },
};

/** The rules of a `_headers` file: path → its header lines. */
function rules(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("  ")) current?.push(line.trim());
    else {
      current = [];
      out.set(line, current);
    }
  }
  return out;
}

const scriptSrc = (policy: string | undefined) =>
  policy?.split("; ").find((d) => d.startsWith("script-src"));

describe("_headers", () => {
  const parsed = rules(headersFile(MANIFEST));
  const csp = (path: string) =>
    parsed
      .get(path)
      ?.find((l) => l.startsWith("Content-Security-Policy: "))
      ?.slice("Content-Security-Policy: ".length);

  it("gives every page its own script hashes and the site's style hashes", () => {
    expect(scriptSrc(csp("/en/missions/untso"))).toBe(
      "script-src 'self' 'sha256-untso=' 'sha256-shared='",
    );
    expect(scriptSrc(csp("/nl/missions/untso"))).toBe("script-src 'self' 'sha256-untsonl='");
    expect(scriptSrc(csp("/en/404"))).toBe("script-src 'self' 'sha256-en404='");
    for (const page of Object.keys(MANIFEST.pages)) {
      expect(csp(page)).toContain("style-src 'self' 'sha256-style='");
      expect(csp(page)).toContain("frame-ancestors 'none'");
      expect(csp(page)).not.toContain("unsafe");
    }
  });

  it("sets the other security headers once for every path, and no policy there", () => {
    const all = parsed.get("/*") ?? [];
    expect(all).toContain("X-Content-Type-Options: nosniff");
    expect(all).toContain("Referrer-Policy: no-referrer");
    expect(all.some((l) => l.startsWith("Content-Security-Policy"))).toBe(false);
  });

  it("locks down downloads, root files and the redirect page; not a page's RSC payload", () => {
    expect(csp("/data/*")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(csp("/icon.svg")).toContain("sandbox");
    expect(csp("/robots.txt")).toContain("sandbox");
    expect(csp("/")).toBe(REDIRECT_POLICY);
    expect(parsed.has("/en.txt")).toBe(false);
  });
});

describe("nginx snippet", () => {
  const conf = nginxConf(MANIFEST, "/en");

  /** The body of `location <head> { … }`. */
  const location = (head: string) => {
    const start = conf.indexOf(`location ${head} {\n`);
    return start === -1 ? undefined : conf.slice(start, conf.indexOf("\n}", start));
  };

  it("gives every page an exact location with its own policy and its file", () => {
    const untso = location("= /en/missions/untso");
    expect(untso).toContain("'sha256-untso=' 'sha256-shared='");
    expect(untso).not.toContain("'sha256-untsonl='");
    expect(untso).toContain("try_files /en/missions/untso.html =404;");
    expect(untso).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(location("= /nl/missions/untso")).toContain("'sha256-untsonl='");
  });

  it("answers unknown paths with each language's 404 page and its own policy", () => {
    expect(location("/nl/")).toContain("error_page 404 /nl/404.html;");
    expect(location("= /nl/404.html")).toContain("internal;");
    expect(location("= /nl/404.html")).toContain("'sha256-nl404='");
    expect(conf).toContain("error_page 404 /en/404.html;");
  });

  it("redirects / to the default language", () => {
    expect(location("= /")).toContain("return 307 /en;");
  });

  it("balances every brace and quote", () => {
    expect(conf.split("{").length).toBe(conf.split("}").length);
    for (const line of conf.split("\n")) expect(line.split('"').length % 2).toBe(1);
  });
});

describe("a hostile page id", () => {
  const hostile = [
    '/en/missions/x" always; add_header X-Evil "1',
    "/en/missions/x;\n}\nlocation / { return 200 evil; }",
    "/en/missions/$host",
    "/en/missions/x\n  Content-Security-Policy: none",
    "/en/missions/a b",
    "/en/../etc/passwd",
  ];
  for (const path of hostile) {
    it(`cannot get into the configuration: ${JSON.stringify(path)}`, () => {
      const manifest = { ...MANIFEST, pages: { ...MANIFEST.pages, [path]: ["'sha256-x='"] } };
      expect(() => headersFile(manifest)).toThrow(UnsafeConfigError);
      expect(() => nginxConf(manifest, "/en")).toThrow(UnsafeConfigError);
    });
  }

  it("nor can a hash that is not one", () => {
    const manifest = { ...MANIFEST, pages: { "/en": ["'sha256-x=\" always; #"] } };
    expect(() => nginxConf(manifest, "/en")).toThrow(UnsafeConfigError);
    expect(() => nginxConf({ ...MANIFEST, pages: { "/en": ["'$host'"] } }, "/en")).toThrow(
      UnsafeConfigError,
    );
  });
});

describe("redirects and pages for hosts without configuration", () => {
  it("redirects / and sends each language's unknown paths to its 404 page", () => {
    expect(redirectsFile(MANIFEST, "/en").split("\n")).toEqual([
      "# Generated by `pnpm build:static`: do not edit.",
      "/ /en 307",
      "/en/* /en/404.html 404",
      "/nl/* /nl/404.html 404",
      "",
    ]);
  });

  it("writes a redirect page with a meta refresh and a link to each language", () => {
    const html = redirectPage("/en", [
      { path: "/en", name: "English" },
      { path: "/nl", name: "Nederlands" },
    ]);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/en">');
    expect(html).toContain('<a href="/nl" hreflang="nl">Nederlands</a>');
    expect(html).not.toContain("<script");
  });

  it("puts the 404 page's policy in a meta element, without what a meta policy cannot hold", () => {
    const html = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>x</title></head></html>';
    const out = withMetaPolicy(html, "default-src 'self'; frame-ancestors 'none'; sandbox");
    expect(out).toBe(
      '<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"/><title>x</title></head></html>',
    );
  });
});
