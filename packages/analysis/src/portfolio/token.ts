import { APPROXIMATION_MARGIN } from "@inzet/data/queries";
import type { Span } from "../span.js";

export type TokenAnswer = "yes" | "no" | "indeterminate";

/** The letter's complaint: contributions of one to a few people. Five unless said otherwise. */
export const TOKEN_THRESHOLD = 5;

/**
 * At most `threshold` people? Yes when the whole interval lies at or below it, no when it lies
 * above, else indeterminate. A bound set by an approximate figure is first widened by
 * APPROXIMATION_MARGIN, as compareQuantities does: "about 5" may be 6.
 */
export function tokenAnswer(s: Span, threshold: number = TOKEN_THRESHOLD): TokenAnswer {
  const high = s.highSoft ? Math.ceil(s.high * (1 + APPROXIMATION_MARGIN)) : s.high;
  const low = s.lowSoft ? Math.floor(s.low * (1 - APPROXIMATION_MARGIN)) : s.low;
  if (high <= threshold) return "yes";
  if (low > threshold) return "no";
  return "indeterminate";
}
