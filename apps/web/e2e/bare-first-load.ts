import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { bareNextFirstLoad, type FirstLoad } from "../scripts/bench/first-load";
import { webDir } from "./server";

const CACHE = join(webDir, "node_modules", ".cache", "inzet-web", "bare-next-first-load.json");

/**
 * The first-load JS of a bare App Router page built with this app's Next and React. Building it
 * takes a minute, so the figure is kept per Next and React version.
 */
export function bareFirstLoad(): FirstLoad {
  const require = createRequire(join(webDir, "package.json"));
  const version = (name: string) =>
    (require(`${name}/package.json`) as { version: string }).version;
  const key = `next ${version("next")}, react ${version("react")}`;
  try {
    const cached = JSON.parse(readFileSync(CACHE, "utf8")) as { key: string; result: FirstLoad };
    if (cached.key === key) return cached.result;
  } catch {
    // none kept yet
  }
  const result = bareNextFirstLoad(webDir);
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, `${JSON.stringify({ key, result })}\n`);
  return result;
}
