import type * as TuiMain from "./tui-main.js";

/**
 * Loads the interactive UI's program (tui-main.ts, its own file). Ink styles through chalk, which
 * reads FORCE_COLOR once, when it is loaded: without colour, that is said before loading it.
 */
export async function loadTui(colour: boolean): Promise<typeof TuiMain> {
  if (!colour) process.env.FORCE_COLOR = "0";
  return import("./tui-main.js");
}
