import { describe, expect, it } from "vitest";
import { unsupportedNode } from "./unsupported-node.js";

describe("unsupportedNode", () => {
  it.each(["24.11.0", "24.22.3", "25.0.0", "26.12.1"])("accepts Node %s", (version) => {
    expect(unsupportedNode(version)).toBeUndefined();
  });

  it.each(["20.20.2", "22.23.5", "24.10.9"])(
    "refuses Node %s in English and Dutch, with the fix",
    (version) => {
      const message = unsupportedNode(version);
      expect(message).toContain(`this is ${version}`);
      expect(message).toContain(`dit is ${version}`);
      expect(message).toContain("pnpm inzet");
    },
  );

  it("runs this test suite on the Node the project brings (24)", () => {
    // Printed so that CI's log shows which Node ran the tests.
    process.stdout.write(`tests run on Node ${process.version}\n`);
    expect(process.versions.node.split(".")[0]).toBe("24");
  });
});
