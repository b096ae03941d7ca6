import { inert } from "../../output/inert.js";
import { displayWidth } from "../../output/width.js";
import { fit, wrapText } from "./wrap.js";

/** How a piece of text is shown; theme.ts maps each tone to Ink styles. */
export type Tone = "plain" | "heading" | "dim" | "label" | "accent" | "quote" | "warn";
export type Part = { text: string; tone: Tone };
/** One terminal line, already wrapped to the pane's width. */
export type Line = readonly Part[];

export const part = (text: string, tone: Tone = "plain"): Part => ({ text: inert(text), tone });

export const blank: Line = [];

/** A paragraph wrapped to `width`, with a hanging indent for footnote-like "[1] …" lines. */
export function paragraph(text: string, width: number, tone: Tone = "plain"): Line[] {
  const safe = inert(text);
  const marker = /^( *)(\[\d+\] |• )?/.exec(safe);
  const hang = (marker?.[1]?.length ?? 0) + (marker?.[2]?.length ?? 0);
  return wrapText(safe, width, hang).map((text) => [{ text, tone }]);
}

export function heading(text: string, width: number): Line[] {
  return paragraph(text, width, "heading");
}

/**
 * "Label  value" with the value wrapped beside the label; a label wider than `labelWidth`
 * goes on its own line, with the value indented below it.
 */
export function labelled(label: string, value: string, width: number, labelWidth: number): Line[] {
  const safeLabel = inert(label);
  if (displayWidth(safeLabel) > labelWidth) {
    const below = wrapText(inert(value), width - 2).map((text): Line => [part(`  ${text}`)]);
    return [[{ text: safeLabel, tone: "label" }], ...below];
  }
  const gap = 2;
  const lines = wrapText(inert(value), Math.max(8, width - labelWidth - gap));
  return lines.map(
    (text, i): Line => [
      {
        text: i === 0 ? fit(safeLabel, labelWidth + gap) : " ".repeat(labelWidth + gap),
        tone: "label",
      },
      { text, tone: "plain" },
    ],
  );
}

/** The widest label that still leaves room for values, for a set of labels. */
export function labelWidthFor(labels: readonly string[], width: number): number {
  const widest = Math.max(0, ...labels.map((l) => displayWidth(l)));
  return Math.min(widest, Math.max(6, Math.floor(width / 3)));
}
