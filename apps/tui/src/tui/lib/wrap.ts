import { displayWidth } from "../../output/width.js";

/** Splits a word wider than `width` into pieces that fit, by display width. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let used = 0;
  for (const ch of word) {
    const w = displayWidth(ch);
    if (piece !== "" && used + w > width) {
      pieces.push(piece);
      piece = "";
      used = 0;
    }
    piece += ch;
    used += w;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * `text` wrapped at spaces to lines of at most `width` display columns; continuation lines are
 * indented by `hang` spaces (a footnote's text under its text, not under its "[1]"). Each word is
 * measured once and the line's width kept as a sum (a space ends every grapheme before it):
 * measuring the whole line again for every word made a long quote's layout quadratic, and the
 * first screen's detail pane spent ~40 ms there.
 */
export function wrapText(text: string, width: number, hang = 0): string[] {
  const max = Math.max(1, width);
  const indent = " ".repeat(Math.min(hang, Math.max(0, max - 1)));
  const lead = /^ */.exec(text)?.[0] ?? "";
  const words = text.slice(lead.length).split(/ +/).filter(Boolean);
  const lines: string[] = [];
  let line = lead.length < max ? lead : "";
  let used = line.length;
  let empty = true;
  const push = () => {
    lines.push(line.trimEnd());
    line = indent;
    used = indent.length;
    empty = true;
  };
  for (const word of words) {
    const w = displayWidth(word);
    const sep = empty ? 0 : 1;
    if (used + sep + w <= max) {
      line += sep ? ` ${word}` : word;
      used += sep + w;
      empty = false;
      continue;
    }
    if (!empty) push();
    for (const piece of breakWord(word, max - used)) {
      if (!empty) push();
      line += piece;
      used += displayWidth(piece);
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
