// Run by bench.ts in a process of its own, so that the memory measured is the UI's alone, not
// also the benchmark's (bundling, timing child processes). Prints the result as JSON.
import { keypresses } from "./bench-keys.js";

process.stdout.write(`\n${JSON.stringify(await keypresses())}\n`);
