import type { Locator } from "playwright-core";

export interface PageType {
  name: string;
  path: string;
  status: number;
}

/** One URL per page type the dashboard has. */
export const PAGE_TYPES: PageType[] = [
  { name: "overview", path: "/en", status: 200 },
  { name: "missions table", path: "/en/missions", status: 200 },
  { name: "mission", path: "/en/missions/untso", status: 200 },
  { name: "groups", path: "/en/clusters", status: 200 },
  { name: "group", path: "/en/clusters/balkans", status: 200 },
  { name: "timeline", path: "/en/timeline", status: 200 },
  { name: "trend", path: "/en/trend", status: 200 },
  { name: "assessment", path: "/en/assessment", status: 200 },
  { name: "scenarios", path: "/en/scenarios", status: 200 },
  { name: "sources", path: "/en/sources", status: 200 },
  { name: "quality", path: "/en/quality", status: 200 },
  { name: "data", path: "/en/data", status: 200 },
  { name: "404", path: "/en/missions/no-such-mission", status: 404 },
];

/** The same page types in Dutch. */
export const PAGE_TYPES_NL: PageType[] = PAGE_TYPES.map((page) => ({
  ...page,
  name: `${page.name} (nl)`,
  path: page.path.replace(/^\/en/, "/nl"),
}));

/** Visible text with every run of white space (non-breaking too) as one space. */
export async function textOf(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text a reader sees
  return (await locator.innerText()).replace(/\s+/g, " ").trim();
}

/**
 * The text of an element wherever it is on the page, white space collapsed: sections far below
 * the viewport are not laid out (content-visibility: auto), and innerText leaves them out.
 */
export async function contentOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
}
