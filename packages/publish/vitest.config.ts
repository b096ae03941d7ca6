import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: ["@inzet/vitest-config/fail-on-console"],
    // The Frictionless libraries read every row of the bundled package: slow on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
