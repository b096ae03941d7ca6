// After tsup (`pnpm build`): writes dist/tui-main.js.code-cache, V8's compiled code for everything
// the interactive UI runs up to its first frame, so that `inzet` starts without compiling it again.
// Run with plain Node flags: V8 refuses a cache made under other flags (the UI then just compiles).
import { loadScriptProgram, writeCodeCache } from "../src/script-program.js";
import type { TuiProgram } from "../src/tui-script.js";

// Ink draws only its last frame under CI (is-in-ci, read once when Ink loads); a user's start
// draws every frame, and that is the code to cache.
delete process.env.CI;

const TUI_PROGRAM = new URL("../dist/tui-main.js", import.meta.url);

const program = await loadScriptProgram<TuiProgram>(TUI_PROGRAM);
const frame = await program.exports.drawFirstScreen();
if (!frame) throw new Error("the interactive UI drew no frame; no code cache written");
writeCodeCache(TUI_PROGRAM, program.script);
