import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const baseURL = inject("baseURL");

interface Problems {
  external: string[];
  csp: string[];
  pageErrors: string[];
}

/** Connects to the run's shared Chromium; `withPage` gives each test its own guarded context. */
export function useSession() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject("wsEndpoint"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Runs `fn` on a fresh page, then fails if the page requested anything outside this server,
   * violated the Content-Security-Policy or threw an uncaught error.
   */
  async function withPage<T>(
    options: BrowserContextOptions,
    fn: (page: Page, context: BrowserContext) => Promise<T>,
  ): Promise<T> {
    if (!browser) throw new Error("useSession(): browser not connected");
    const context = await browser.newContext({ baseURL, ...options });
    // Fail fast (every page is prerendered and local), with room for a loaded CI machine.
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(30_000);
    const problems: Problems = { external: [], csp: [], pageErrors: [] };
    try {
      await guard(context, problems);
      const page = await context.newPage();
      const result = await fn(page, context);
      // Violation events are dispatched asynchronously: give the last ones time to arrive.
      await page.waitForTimeout(50);
      assertNoProblems(problems);
      return result;
    } finally {
      await context.close();
    }
  }

  return { withPage };
}

export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  const { origin, port } = new URL(baseURL);
  return url.startsWith(`${origin}/`) || url.startsWith(`http://localhost:${port}/`);
}

async function guard(context: BrowserContext, problems: Problems): Promise<void> {
  context.on("request", (request) => {
    const url = request.url();
    if (!isLocal(url)) problems.external.push(`${url} (from ${request.frame().url()})`);
  });
  context.on("console", (message) => {
    if (/content[- ]security[- ]policy/i.test(message.text())) {
      problems.csp.push(`console: ${message.text()} (on ${message.page()?.url()})`);
    }
  });
  context.on("weberror", (error) => {
    problems.pageErrors.push(`${error.error().message} (on ${error.page()?.url()})`);
  });
  await context.exposeBinding("__reportCspViolation", ({ page }, violation: string) => {
    problems.csp.push(`${violation} (on ${page?.url()})`);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as { __reportCspViolation?: (v: string) => void })
          .__reportCspViolation;
        report?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} (${event.disposition}): ${event.sample}`,
        );
      },
      true,
    );
  });
}

function assertNoProblems({ external, csp, pageErrors }: Problems): void {
  const lines = [
    ...external.map((line) => `request outside localhost: ${line}`),
    ...csp.map((line) => `CSP violation: ${line}`),
    ...pageErrors.map((line) => `uncaught page error: ${line}`),
  ];
  if (lines.length > 0) throw new Error(lines.join("\n"));
}
