import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  inlineScripts,
  inlineStyles,
  outputPath,
  sha256Source,
} from "./csp";

const html = `<!DOCTYPE html><html><head>
<style data-precedence="next" data-href="/_next/static/chunks/a.css">body{margin:0}</style>
<script src="/_next/static/chunks/a.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
</head><body><script id="_R_">self.__next_f.push([1,"x\\u003c/script\\u003e"])</script>
<SCRIPT type="module" >b()</SCRIPT></body></html>`;

describe("inline scripts", () => {
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

describe("policy", () => {
  it("allows hashed scripts and nothing unsafe in production", () => {
    const policy = contentSecurityPolicy({
      scriptHashes: ["'sha256-a'", "'sha256-a'", "'sha256-b'"],
    });
    const script = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(script).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(policy).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows hashed styles and no style attributes", () => {
    const policy = contentSecurityPolicy({ scriptHashes: [], styleHashes: ["'sha256-s'"] });
    expect(policy).toContain("style-src 'self' 'sha256-s';");
    expect(policy).not.toContain("unsafe-hashes");
  });

  it("relaxes scripts in development only", () => {
    expect(contentSecurityPolicy({ scriptHashes: [], dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ scriptHashes: [] })).toContain("style-src 'self';");
  });
});

describe("outputPath", () => {
  it.each([
    ["en.html", "/en"],
    ["en/missions/untso.html", "/en/missions/untso"],
    ["index.html", "/"],
    ["data/inzet.json.body", "/data/inzet.json"],
    ["icon.svg.body", "/icon.svg"],
  ])("maps %s to %s", (file, path) => {
    expect(outputPath(file)).toBe(path);
  });
});
