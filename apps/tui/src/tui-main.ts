// The interactive UI's program: Ink, React, the app and the bundled dataset bundled into one file
// (one file to load is a sooner first frame), loaded through load-tui.ts only when the UI opens.

import type { UiLang } from "@inzet/data";
import { bundledDataset } from "@inzet/data/queries";
import { render } from "ink";
import { translator } from "./i18n/messages.js";
import type { TuiOptions } from "./io.js";
import { appElement } from "./tui/app.js";

// The UI draws on the alternate screen, so quitting gives the shell back as it was.
const ENTER_ALTERNATE_SCREEN = "\u001b[?1049h\u001b[H";
const LEAVE_ALTERNATE_SCREEN = "\u001b[?1049l";

/** Runs the UI until the user quits, restoring the screen however it ends. */
export async function openTui({ dataset, lang, assessment }: TuiOptions): Promise<void> {
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    // Not incrementalRendering: in Ink 6.8 it redraws one line too low when the frame is shorter
    // than the terminal. Ink wraps each frame in a synchronized update, so terminals show it whole.
    const app = render(appElement({ dataset, lang, ...(assessment ? { assessment } : {}) }), {
      exitOnCtrlC: false,
    });
    await app.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}

/** `inzet` or `inzet tui` at a terminal (cli.ts): the UI on the bundled dataset; the exit code. */
export async function runTui(lang: UiLang, colour: boolean): Promise<number> {
  try {
    await openTui({ dataset: bundledDataset(), lang, colour });
    return 0;
  } catch (error) {
    const t = translator(lang);
    process.stderr.write(
      `${t("error.prefix")} ${t("error.internal", { reason: String(error) })}\n`,
    );
    return 1;
  }
}
