import { describe, expect, it } from "vitest";
import { decideRoute, looksLikeFile } from "./route-policy";

const manifest = {
  pages: {
    "/en": ["'sha256-en'"],
    "/en/missions/untso": ["'sha256-untso'"],
    "/en/404": ["'sha256-404en'"],
    "/nl/404": ["'sha256-404nl'"],
  },
  styles: ["'sha256-css'"],
  files: ["/data/inzet.json", "/icon.svg"],
  notFound: {},
};

describe("decideRoute", () => {
  it("serves a prerendered page with its own hashes", () => {
    expect(decideRoute(manifest, "/en/missions/untso")).toEqual({
      kind: "page",
      path: "/en/missions/untso",
      scriptHashes: ["'sha256-untso'"],
      styleHashes: ["'sha256-css'"],
      status: 200,
    });
    expect(decideRoute(manifest, "/en/")).toMatchObject({ path: "/en", status: 200 });
  });

  it("answers an unknown path with the 404 page of its language", () => {
    expect(decideRoute(manifest, "/nl/missions/minusma")).toEqual({
      kind: "page",
      path: "/nl/404",
      scriptHashes: ["'sha256-404nl'"],
      styleHashes: ["'sha256-css'"],
      status: 404,
    });
    expect(decideRoute(manifest, "/en/404")).toMatchObject({ status: 404 });
    expect(decideRoute(manifest, "/favicon.ico")).toMatchObject({ path: "/en/404", status: 404 });
  });

  it("serves files and sends paths without a language to the redirect", () => {
    expect(decideRoute(manifest, "/data/inzet.json")).toEqual({ kind: "file" });
    expect(decideRoute(manifest, "/")).toEqual({ kind: "locale-redirect" });
    expect(decideRoute(manifest, "/missions")).toEqual({ kind: "locale-redirect" });
  });
});

describe("looksLikeFile", () => {
  it("tells files from pages", () => {
    expect(["/data/inzet.json", "/icon.svg", "/robots.txt"].every(looksLikeFile)).toBe(true);
    expect(["/", "/en", "/missions", "/en/missions/eutm-mali"].some(looksLikeFile)).toBe(false);
  });
});
