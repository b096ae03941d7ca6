import type { TextProps } from "ink";
import type { Tone } from "../lib/lines.js";

// Named colours that read on dark and light backgrounds alike; never black or white. Under
// NO_COLOR / --no-color the CLI turns Ink's styling off, so nothing here may carry meaning alone.
export const TONES: Record<Tone, TextProps> = {
  plain: {},
  heading: { bold: true },
  dim: { dimColor: true },
  label: { dimColor: true },
  accent: { color: "magenta" },
  quote: { italic: true },
  warn: { color: "red" },
};

export const ACCENT = "magenta";
