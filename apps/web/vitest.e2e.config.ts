import { defineConfig } from "vitest/config";
import { E2E_TARGET, STATIC_E2E_FILES, STATIC_ONLY_E2E_FILES } from "./e2e/target";

// End-to-end tests against the production build (`next build` first), or against the static
// export (`E2E_TARGET=static`, after `pnpm build:static`); kept out of the unit run.
export default defineConfig({
  test: {
    include: E2E_TARGET === "static" ? STATIC_E2E_FILES : ["e2e/**/*.e2e.ts"],
    exclude: E2E_TARGET === "static" ? [] : STATIC_ONLY_E2E_FILES,
    globalSetup: ["e2e/global-setup.ts"],
    // Generous: CI runs this next to other packages' tests on two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The work is in Chromium and `next start`: a few pages at once pay, more only queue.
    maxWorkers: 2,
    maxConcurrency: 4,
  },
});
