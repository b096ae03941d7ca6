import { describe, expect, it } from "vitest";
import { PAGE_TYPES, PAGE_TYPES_NL } from "./pages";
import { useSession } from "./session";

const { withPage } = useSession();

describe.concurrent("every page type", () => {
  for (const { name, path, status } of [...PAGE_TYPES, ...PAGE_TYPES_NL]) {
    it(`${name}: no CSP violation, no request outside localhost, no horizontal overflow at 360 px`, () =>
      // withPage fails on any request outside this server, CSP violation or uncaught error.
      withPage({ viewport: { width: 360, height: 740 }, isMobile: true }, async (page) => {
        const response = await page.goto(path, { waitUntil: "networkidle" });
        expect(response?.status()).toBe(status);
        const overflow = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          const wide = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 5)
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
          return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, wide };
        });
        expect(
          overflow.scrollWidth,
          `wider than the viewport; elements reaching past its edge: ${overflow.wide.join(", ")}`,
        ).toBeLessThanOrEqual(overflow.innerWidth);
      }));
  }
});

describe("the guards themselves", () => {
  it("catch an inline script the CSP blocks", async () => {
    const run = withPage({}, async (page) => {
      await page.goto("/en");
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inline = true";
        document.body.append(script);
      });
      await expect(page.evaluate(() => "__inline" in window)).resolves.toBe(false);
    });
    await expect(run).rejects.toThrow(/CSP violation/);
  });

  it("catch a request outside localhost", async () => {
    const run = withPage({ bypassCSP: true }, async (page) => {
      await page.goto("/en");
      // .invalid never resolves (RFC 2606).
      await page.evaluate(() => fetch("http://inzet.invalid/").catch(() => undefined));
    });
    await expect(run).rejects.toThrow(/request outside localhost: http:\/\/inzet\.invalid\//);
  });
});
