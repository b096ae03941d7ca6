import { APPROXIMATION_MARGIN, FEW_MINIMUM, type Quantity } from "@inzet/data";
import { niceCeil } from "./scale";

/** How a figure's uncertainty is drawn; the chart's legend names each. */
export type Encoding = "exact" | "approximate" | "openEnded" | "range" | "unknown";

/**
 * A bar in data units: `solid` is what the wording guarantees, `soft` is where the true value may
 * lie (an approximation's margin, a range), `open` starts an arrow to the axis end (no upper bound
 * stated), `tick` marks the number the source states.
 */
export type FigureMark = {
  encoding: Encoding;
  solid: readonly [number, number] | null;
  soft: readonly [number, number] | null;
  open: number | null;
  tick: number | null;
};

export function figureMark(q: Quantity): FigureMark {
  const none = { solid: null, soft: null, open: null, tick: null };
  switch (q.qualifier) {
    case "exact":
      return { ...none, encoding: "exact", solid: [0, q.value], tick: q.value };
    case "approximately": {
      const low = q.value * (1 - APPROXIMATION_MARGIN);
      const high = q.value * (1 + APPROXIMATION_MARGIN);
      return {
        ...none,
        encoding: "approximate",
        solid: [0, low],
        soft: [low, high],
        tick: q.value,
      };
    }
    case "moreThan":
    case "atLeast":
      return { ...none, encoding: "openEnded", solid: [0, q.value], open: q.value };
    case "few":
      return { ...none, encoding: "openEnded", solid: [0, FEW_MINIMUM], open: FEW_MINIMUM };
    case "upTo":
      return { ...none, encoding: "range", soft: [0, q.value], tick: q.value };
    case "range":
      return { ...none, encoding: "range", solid: [0, q.min], soft: [q.min, q.max] };
    case "unknown":
      return { ...none, encoding: "unknown" };
  }
}

/** An axis end that leaves room for open-ended arrows past the largest stated number. */
export function axisMax(marks: readonly FigureMark[]): number {
  const values = marks.flatMap((m) => [m.solid?.[1], m.soft?.[1], m.open, m.tick]);
  const largest = Math.max(0, ...values.filter((v): v is number => v !== null && v !== undefined));
  return niceCeil(Math.max(10, largest * 1.3));
}
