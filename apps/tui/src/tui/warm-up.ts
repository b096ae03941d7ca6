import { bundledDataset } from "@inzet/data/queries";
import { render } from "ink";
import { appElement } from "./app.js";
import { headlessTerminal } from "./headless-terminal.js";

/**
 * Draws the UI's first screen on a headless terminal, closes it and returns what was written.
 * The build runs this once (scripts/code-cache.ts) so that V8's code cache holds every function a
 * real first frame calls. Ink draws the first frame within `render` (under CI, at `unmount`).
 */
export async function drawFirstScreen(): Promise<string> {
  const { written, ...streams } = headlessTerminal();
  const app = render(appElement({ dataset: bundledDataset(), lang: "en" }), {
    ...streams,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  app.unmount();
  await app.waitUntilExit();
  return written();
}
