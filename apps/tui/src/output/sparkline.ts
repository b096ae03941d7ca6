const BARS = "▁▂▃▄▅▆▇█";

export type Sparkline = {
  /** One character per `monthsPerChar` months; a space where none of them has a figure. */
  text: string;
  monthsPerChar: number;
};

/**
 * Values drawn as bars from their own minimum to their maximum, in at most `width` characters:
 * when there are more values than room, each character shows the last figure of its months.
 * A flat series sits at mid-height, so it reads as "steady", not as "none".
 */
export function sparkline(values: readonly (number | undefined)[], width: number): Sparkline {
  const monthsPerChar = Math.max(1, Math.ceil(values.length / Math.max(1, width)));
  const present = values.filter((v) => v !== undefined);
  const min = Math.min(...present);
  const max = Math.max(...present);
  let text = "";
  for (let i = 0; i < values.length; i += monthsPerChar) {
    const v = values.slice(i, i + monthsPerChar).findLast((x) => x !== undefined);
    if (v === undefined) text += " ";
    else if (max === min) text += BARS[3];
    else text += BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))];
  }
  return { text, monthsPerChar };
}
