// The entry of dist/tui-main.js. tsup.config.ts wraps the bundle in `async (require, program) =>
// { … }` so that it loads as a script with a V8 code cache (script-program.ts); this hands the
// interactive UI's program to whoever loaded it.

import { drawFirstScreen } from "./tui/warm-up.js";
import * as tuiMain from "./tui-main.js";

declare const program: { exports?: TuiProgram };

export type TuiProgram = typeof tuiMain & { drawFirstScreen: typeof drawFirstScreen };

program.exports = { ...tuiMain, drawFirstScreen };
