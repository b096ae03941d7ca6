import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type BuildOutputs,
  builtOutputs,
  cspManifest,
  inlineScripts,
  inlineStyles,
  sha256Source,
} from "./csp-adapter";

const html = `<!DOCTYPE html><html><head>
<style data-precedence="next" data-href="/_next/static/chunks/a.css">body{margin:0}</style>
<script src="/_next/static/chunks/a.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
</head><body><script id="_R_">self.__next_f.push([1,"x\\u003c/script\\u003e"])</script>
<SCRIPT type="module" >b()</SCRIPT></body></html>`;

describe("inline scripts and styles", () => {
  it("finds inline scripts, not external ones, in order", () => {
    expect(inlineScripts(html)).toEqual([
      "(self.__next_f=self.__next_f||[]).push([0])",
      'self.__next_f.push([1,"x\\u003c/script\\u003e"])',
      "b()",
    ]);
  });

  it("finds inline styles", () => {
    expect(inlineStyles(html)).toEqual(["body{margin:0}"]);
  });

  it("hashes a script the way a browser does (SHA-256 of its UTF-8 text, base64)", () => {
    const text = "alert('ä')";
    const expected = createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64");
    expect(sha256Source(text)).toBe(`'sha256-${expected}'`);
  });
});

// Shaped as `next build` reports them to an adapter (Next 16.4): a page's HTML, its RSC payload
// (no routeType), a route handler's body, Next's own pages and assets.
const page = (pathname: string, route: string) => ({
  pathname,
  route,
  routeType: "page",
  fallback: { filePath: `/build/${pathname}.html` },
});
const OUTPUTS: BuildOutputs = {
  appPages: [{ pathname: "/[locale]" }, { pathname: "/[locale].rsc" }, { pathname: "/_not-found" }],
  prerenders: [
    page("/en", "/[locale]"),
    page("/en/404", "/[locale]/404"),
    page("/_global-error", "/_global-error"),
    { pathname: "/en.rsc", route: "/[locale]", fallback: { filePath: "/build/en.rsc" } },
    {
      pathname: "/data/inzet.json",
      route: "/data/[file]",
      routeType: "route",
      fallback: { filePath: "/build/data/inzet.json.body" },
    },
  ],
  staticFiles: [
    { pathname: "/icon.svg", filePath: "/build/icon.svg.body" },
    { pathname: "/_next/static/chunks/a.js", filePath: "/build/a.js" },
    { pathname: "/404", filePath: "/build/pages/404.html" },
  ],
};

describe("the build's outputs", () => {
  it("lists the prerendered pages and files, without Next's own", () => {
    expect(builtOutputs(OUTPUTS).map((o) => o.pathname)).toEqual([
      "/en",
      "/en/404",
      "/data/inzet.json",
      "/icon.svg",
    ]);
  });

  it("fails when a page is not prerendered (it would have no hashes)", () => {
    const outputs = { ...OUTPUTS, appPages: [...OUTPUTS.appPages, { pathname: "/[locale]/x" }] };
    expect(() => builtOutputs(outputs)).toThrow("/[locale]/x is not prerendered");
  });

  it("reads a static export's files the same way", () => {
    const exported = {
      appPages: [],
      prerenders: [],
      staticFiles: [{ pathname: "/en", filePath: "/out/en.html" }],
    };
    expect(builtOutputs(exported)).toEqual([{ pathname: "/en", filePath: "/out/en.html" }]);
  });
});

describe("the manifest", () => {
  const read = (file: string) =>
    file.endsWith("404.html") ? "<script>notFound()</script><style>p{}</style>" : html;

  it("hashes each page's scripts and every page's styles, and keeps the 404 pages", () => {
    const manifest = cspManifest(builtOutputs(OUTPUTS), read);
    expect(manifest.pages["/en"]).toEqual(inlineScripts(html).map(sha256Source));
    expect(manifest.pages["/en/404"]).toEqual([sha256Source("notFound()")]);
    expect(manifest.styles).toEqual([sha256Source("body{margin:0}"), sha256Source("p{}")].sort());
    expect(manifest.files).toEqual(["/data/inzet.json", "/icon.svg"]);
    expect(Object.keys(manifest.notFound)).toEqual(["/en/404"]);
  });

  it("hashes each of the build's stylesheets whole, for a navigation that inserts one as a <style>", () => {
    const sheet = { pathname: "/_next/static/css/mission.css", filePath: "/build/mission.css" };
    const outputs = { ...OUTPUTS, staticFiles: [...OUTPUTS.staticFiles, sheet] };
    const built = builtOutputs(outputs);
    expect(built.map((o) => o.pathname)).toContain(sheet.pathname);
    const css = ".mission-briefing{columns:2}";
    const manifest = cspManifest(built, (file) => (file === sheet.filePath ? css : read(file)));
    expect(manifest.styles).toContain(sha256Source(css));
    // A stylesheet is hashed, not served as a file of its own under the site's file policy.
    expect(manifest.files).not.toContain(sheet.pathname);
  });

  it("fails without a 404 page", () => {
    expect(() => cspManifest([{ pathname: "/en", filePath: "/build/en.html" }], read)).toThrow(
      /no \/\{locale\}\/404 page/,
    );
  });
});
