import { EventEmitter } from "node:events";

/** A terminal nobody sees, 100×30: what Ink needs of stdout to draw, kept as text. */
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

/** …and what Ink needs of stdin to listen for keys that never come. */
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

/** Streams for Ink's `render` options, and `written()`: everything drawn on them so far. */
export function headlessTerminal() {
  const output = new HeadlessOutput();
  return {
    stdout: output as unknown as NodeJS.WriteStream,
    stderr: output as unknown as NodeJS.WriteStream,
    stdin: new HeadlessInput() as unknown as NodeJS.ReadStream,
    written: () => output.written,
  };
}
