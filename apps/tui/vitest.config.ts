import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    setupFiles: ["@inzet/vitest-config/fail-on-console"],
    // Tests spawn the built program and drive a terminal; on a busy 2-core machine (CI runs the
    // web app's browser tests beside these) 5 s is too little.
    testTimeout: 20_000,
  },
});
