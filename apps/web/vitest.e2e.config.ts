import { defineConfig } from "vitest/config";

// End-to-end tests against the production build (`next build` first); kept out of the unit run.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    // Generous: CI runs this next to other packages' tests on two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The work is in Chromium and `next start`: a few pages at once pay, more only queue.
    maxWorkers: 2,
    maxConcurrency: 4,
  },
});
