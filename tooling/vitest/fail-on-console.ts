// A vitest setup file (setupFiles: ["@inzet/vitest-config/fail-on-console"]). Programs write
// through their own output; a console call in code or tests is an unchecked side effect, so it
// fails the test instead.
import fc from "fast-check";
import { beforeEach, vi } from "vitest";
import { DEFAULT_PROPERTY_RUNS } from "./property-runs.js";

fc.configureGlobal({ numRuns: DEFAULT_PROPERTY_RUNS });

beforeEach(() => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called in a test: ${args.map(String).join(" ")}`);
    });
  }
});
