import type { Interval } from "../interval.js";
import type { Span } from "../span.js";

/**
 * A group's share of all personnel: lowest with its total low and the others high, highest the
 * other way round. Null when every total must be zero: a share of nothing is undefined.
 */
export function shareRange(own: Span, others: readonly Span[]): Interval | null {
  const othersLow = others.reduce((a, s) => a + s.low, 0);
  const othersHigh = others.reduce((a, s) => a + s.high, 0);
  if (own.high === 0 && othersHigh === 0) return null;
  const low = own.low === 0 ? 0 : own.low / (own.low + othersHigh); // 0 when others are unbounded
  const high =
    own.high === 0 ? 0 : Number.isFinite(own.high) ? own.high / (own.high + othersLow) : 1;
  const approximate = own.lowSoft || own.highSoft || others.some((s) => s.lowSoft || s.highSoft);
  return { low, high, approximate };
}
