import { beforeEach, vi } from "vitest";

// A test that logs is a test with an unchecked side effect: make it fail instead.
beforeEach(() => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called in a test: ${args.map(String).join(" ")}`);
    });
  }
});
