import { EventEmitter } from "node:events";
import { bundledDataset } from "@inzet/data/queries";
import { render } from "ink";
import { appElement } from "./app.js";

/** A terminal nobody sees, 100×30: what Ink needs of stdout and stdin to draw and listen. */
class HeadlessOutput extends EventEmitter {
  readonly isTTY = true;
  readonly columns = 100;
  readonly rows = 30;
  written = "";
  write(text: string): boolean {
    this.written += text;
    return true;
  }
}

class HeadlessInput extends EventEmitter {
  readonly isTTY = true;
  setRawMode(): void {}
  setEncoding(): void {}
  ref(): void {}
  unref(): void {}
  read(): null {
    return null;
  }
}

/**
 * Draws the UI's first screen on a headless terminal, closes it and returns what was written.
 * The build runs this once (scripts/code-cache.ts) so that V8's code cache holds every function a
 * real first frame calls. Ink draws the first frame within `render` (under CI, at `unmount`).
 */
export async function drawFirstScreen(): Promise<string> {
  const stdout = new HeadlessOutput();
  const app = render(appElement({ dataset: bundledDataset(), lang: "en" }), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stdout as unknown as NodeJS.WriteStream,
    stdin: new HeadlessInput() as unknown as NodeJS.ReadStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  app.unmount();
  await app.waitUntilExit();
  return stdout.written;
}
