import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, readEnv } from "./env";

describe("the environment", () => {
  it("builds the bundled dataset, linked from localhost, as a server build by default", () => {
    expect(readEnv({})).toEqual({
      isDevelopment: false,
      dataPath: undefined,
      siteUrl: DEFAULT_SITE_URL,
      staticExport: false,
    });
  });

  it("reads a relative INZET_DATA from where pnpm was started, not from apps/web", () => {
    expect(readEnv({ INZET_DATA: "my-data", INIT_CWD: "/home/a/inzet" }).dataPath).toBe(
      "/home/a/inzet/my-data",
    );
    expect(readEnv({ INZET_DATA: "/srv/data.json", INIT_CWD: "/x" }).dataPath).toBe(
      "/srv/data.json",
    );
  });

  it("takes an empty variable as unset", () => {
    expect(readEnv({ INZET_DATA: "", INZET_SITE_URL: "" })).toMatchObject({
      dataPath: undefined,
      siteUrl: DEFAULT_SITE_URL,
    });
  });

  it("ends the site URL in a slash, for links built on it", () => {
    expect(readEnv({ INZET_SITE_URL: "https://data.example.nl/inzet" }).siteUrl).toBe(
      "https://data.example.nl/inzet/",
    );
  });

  it("refuses a site URL that is not an absolute http(s) URL, naming the variable", () => {
    expect(() => readEnv({ INZET_SITE_URL: "inzet.example.nl" })).toThrow(/INZET_SITE_URL/);
    expect(() => readEnv({ INZET_SITE_URL: "javascript:alert(1)" })).toThrow(/INZET_SITE_URL/);
  });

  it("switches to the static export with INZET_STATIC=1 only", () => {
    expect(readEnv({ INZET_STATIC: "1" }).staticExport).toBe(true);
    expect(readEnv({ INZET_STATIC: "0" }).staticExport).toBe(false);
    expect(() => readEnv({ INZET_STATIC: "yes" })).toThrow(/INZET_STATIC/);
  });

  it("knows development from NODE_ENV", () => {
    expect(readEnv({ NODE_ENV: "development" }).isDevelopment).toBe(true);
    expect(readEnv({ NODE_ENV: "production" }).isDevelopment).toBe(false);
  });
});
