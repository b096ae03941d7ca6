import { type BrowserServer, chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROME_FLAGS, CHROME_PATH } from "./chromium";
import { type NextServer, startNextServer } from "./server";
import { startStaticServer } from "./static-server";
import { E2E_TARGET } from "./target";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

// One server (`next start`, or a static server for the export) and one Chromium for the whole run;
// test files connect to both.
export default async function setup(project: TestProject) {
  const [server, browser] = await Promise.allSettled([
    E2E_TARGET === "static" ? startStaticServer() : startNextServer(),
    chromium.launchServer({ executablePath: CHROME_PATH, args: CHROME_FLAGS, headless: true }),
  ]);
  const teardown = async () => {
    await Promise.allSettled([
      server.status === "fulfilled" ? server.value.stop() : undefined,
      browser.status === "fulfilled" ? browser.value.close() : undefined,
    ]);
  };
  if (server.status === "rejected" || browser.status === "rejected") {
    await teardown();
    throw server.status === "rejected" ? server.reason : (browser as PromiseRejectedResult).reason;
  }
  project.provide("baseURL", (server.value as NextServer).url);
  project.provide("wsEndpoint", (browser.value as BrowserServer).wsEndpoint());
  return teardown;
}
