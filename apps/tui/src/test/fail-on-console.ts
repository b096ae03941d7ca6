import { beforeEach } from "vitest";

// Output goes through the program's Io; a console call in code or tests is a bug.
const methods = ["log", "info", "warn", "error", "debug"] as const;

beforeEach(() => {
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      throw new Error(`console.${method} called: ${args.map(String).join(" ")}`);
    };
  }
});
