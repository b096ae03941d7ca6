import { beforeEach } from "vitest";

// A console call in code or tests is a bug: fail the test that made it.
const methods = ["log", "info", "warn", "error", "debug"] as const;

beforeEach(() => {
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      throw new Error(`console.${method} called: ${args.map(String).join(" ")}`);
    };
  }
});
