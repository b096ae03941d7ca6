import { loadScriptProgram } from "./script-program.js";
import type { TuiProgram } from "./tui-script.js";

/**
 * Loads the interactive UI's program (tui-main.ts, its own file, with its code cache). Ink styles
 * through chalk, which reads FORCE_COLOR once, when it is loaded: without colour, that is said
 * before loading it.
 */
export async function loadTui(colour: boolean): Promise<TuiProgram> {
  if (!colour) process.env.FORCE_COLOR = "0";
  return (await loadScriptProgram<TuiProgram>(new URL("./tui-main.js", import.meta.url))).exports;
}
