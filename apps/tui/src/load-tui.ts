/**
 * Loads the interactive UI's program, a file of its own (tsup.config.ts). Ink styles through
 * chalk, which reads FORCE_COLOR once, when it is loaded: without colour, that is said first.
 */
export async function loadTui(colour: boolean): Promise<typeof import("./tui-main.js")> {
  if (!colour) process.env.FORCE_COLOR = "0";
  return import("./tui-main.js");
}
