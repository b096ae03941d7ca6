import type { Citation, LocalizedText } from "@inzet/data";
import { INDICATORS, type IndicatorDefinition, type IndicatorId } from "./catalogue.js";

/** A derived indicator: its definition, its value (null: unknown, and why) and what it rests on. */
export type Indicator<T> = IndicatorDefinition & {
  value: T | null;
  unknown: LocalizedText | null;
  notes: LocalizedText[];
  /** Rests on a figure or coordinates the source gives only approximately. */
  approximate: boolean;
  /** Rests on a fact no source confirmed (marked unverified in the dataset). */
  unverified: boolean;
  citations: Citation[];
};

type Parts<T> = Partial<Omit<Indicator<T>, keyof IndicatorDefinition | "value">>;

function make<T>(
  id: IndicatorId,
  value: T | null,
  why: LocalizedText | null,
  parts: Parts<T>,
): Indicator<T> {
  return {
    ...INDICATORS[id],
    value,
    unknown: why,
    notes: parts.notes ?? [],
    approximate: parts.approximate ?? false,
    unverified: parts.unverified ?? false,
    citations: uniqueCitations(parts.citations ?? []),
  };
}

export const known = <T>(id: IndicatorId, value: T, parts: Parts<T> = {}): Indicator<T> =>
  make(id, value, null, parts);

export const unknown = <T>(id: IndicatorId, why: LocalizedText, parts: Parts<T> = {}) =>
  make<T>(id, null, why, parts);

/** The same source and place cited twice is one citation. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of citations) {
    const key = JSON.stringify([c.source, c.locator ?? null, c.quote?.text ?? null]);
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}
