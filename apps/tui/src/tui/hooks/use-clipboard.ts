import { useStdout } from "ink";
import { useCallback } from "react";

/** OSC 52: asks the terminal to put `text` on the clipboard; terminals that refuse ignore it. */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;
}

export function useClipboard(): (text: string) => void {
  const { write } = useStdout();
  return useCallback((text: string) => write(osc52(text)), [write]);
}
