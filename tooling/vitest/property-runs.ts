// Property tests run at full strength in CI (CI=true) and at a tenth of it on a developer's
// machine, where a quick default run matters more. `CI=true pnpm test` runs them as CI does.
const IN_CI = process.env.CI === "true" || process.env.CI === "1";

/** Runs for a property test that asks for `inCi` runs in CI. */
export function propertyRuns(inCi: number): number {
  return IN_CI ? inCi : Math.max(10, Math.ceil(inCi / 10));
}

/** fast-check's own default (100) in CI; what a test gets when it asks for nothing. */
export const DEFAULT_PROPERTY_RUNS = propertyRuns(100);
