import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

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
