import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: ["@inzet/vitest-config/fail-on-console"],
    // Large synthetic datasets and a busy 2-core CI machine: 5 s is too little for some.
    testTimeout: 20_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
