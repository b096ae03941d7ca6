import { displayWidth } from "../../output/width.js";

/** Splits a word wider than `width` into pieces that fit, by display width. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece !== "" && displayWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * `text` wrapped at spaces to lines of at most `width` display columns; continuation lines are
 * indented by `hang` spaces (a footnote's text under its text, not under its "[1]").
 */
export function wrapText(text: string, width: number, hang = 0): string[] {
  const max = Math.max(1, width);
  const indent = " ".repeat(Math.min(hang, Math.max(0, max - 1)));
  const lead = /^ */.exec(text)?.[0] ?? "";
  const words = text.slice(lead.length).split(/ +/).filter(Boolean);
  const lines: string[] = [];
  let line = lead.length < max ? lead : "";
  let empty = true;
  const push = () => {
    lines.push(line.trimEnd());
    line = indent;
    empty = true;
  };
  for (const word of words) {
    const sep = empty ? "" : " ";
    if (displayWidth(line + sep + word) <= max) {
      line += sep + word;
      empty = false;
      continue;
    }
    if (!empty) push();
    for (const piece of breakWord(word, max - displayWidth(line))) {
      if (!empty) push();
      line += piece;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** `text` cut to `width` columns with "…" where it was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** `text` padded with spaces (or cut with "…") to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + " ".repeat(Math.max(0, width - displayWidth(cut)));
}
