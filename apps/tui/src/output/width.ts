import stringWidth from "string-width";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Columns `text` takes in a terminal. Most text here is plain ASCII, where that is its length;
 * string-width (ANSI stripping, emoji and East Asian width tables) is for the rest. Wrapping
 * measures a line once per word, so this shortcut is most of the cost of laying out a pane.
 */
export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}
