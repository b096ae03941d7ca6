import type { ScaleLevel } from "./schema.js";

/** The template's scale: how strongly a consideration argues for keeping the contribution. */
export const DEFAULT_SCALE: readonly ScaleLevel[] = [
  { value: 1, label: { en: "strongly against keeping it", nl: "sterk tegen voortzetting" } },
  { value: 2, label: { en: "against keeping it", nl: "tegen voortzetting" } },
  { value: 3, label: { en: "neutral", nl: "neutraal" } },
  { value: 4, label: { en: "for keeping it", nl: "voor voortzetting" } },
  { value: 5, label: { en: "strongly for keeping it", nl: "sterk voor voortzetting" } },
];
