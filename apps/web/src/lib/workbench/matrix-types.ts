import type { IndicatorId } from "@inzet/analysis";
import type { Locale } from "../../i18n/routing";

// The assessment matrix as the page draws it: every text already in the page's language, so the
// server can render the baseline and the browser only redraws what an analyst changes. Types
// only: the components that draw it load no computation.

export type IndicatorColumn = { id: IndicatorId; name: string; definition: string };

/** One of the letter's six considerations, with the indicators that inform it (maybe none). */
export type ConsiderationColumn = {
  id: string;
  order: number;
  name: string;
  indicators: IndicatorColumn[];
};

export type MatrixCell = {
  text: string;
  /** What the column sorts by; null (unknown) sorts last either way. */
  sort: number | string | null;
  /** Why the value is unknown, or null when it is known. */
  unknown: string | null;
  notes: string[];
  approximate: boolean;
  unverified: boolean;
  /** Numbers (1-based) into the matrix's sources. */
  sources: number[];
};

export type MatrixRow = {
  id: string;
  label: string;
  name: string;
  group: { id: string | null; name: string; order: number };
  cells: Record<IndicatorId, MatrixCell>;
};

export type MatrixView = {
  asOf: string;
  /** The as-of date in the page's language ("31 December 2014"). */
  asOfText: string;
  locale: Locale;
  considerations: ConsiderationColumn[];
  rows: MatrixRow[];
  /** Every citation the cells rest on, formatted, numbered from 1. */
  sources: string[];
};

/** The analyst's rating of one contribution on one consideration, ready to show. */
export type RatingCell = {
  value: number | null;
  /** The scale's words for the value, or null when not rated. */
  label: string | null;
  rationale: { text: string; lang: Locale } | null;
  evidence: string[];
  author: string | null;
  date: string | null;
};

export type ScoreCell = { text: string; low: number; high: number; complete: boolean };

export type RatingsView = {
  file: string;
  title: string | null;
  author: string | null;
  date: string | null;
  scale: { value: number; label: string }[];
  /** Contribution id → consideration id → rating. */
  ratings: Record<string, Record<string, RatingCell>>;
  /** Contribution id → weighted score; empty when the file declares no weights. */
  scores: Record<string, ScoreCell>;
  weights: Record<string, number> | null;
};

/** A column the matrix can be sorted by. */
export type MatrixColumn =
  | { kind: "contribution" }
  | { kind: "group" }
  | { kind: "indicator"; id: IndicatorId }
  | { kind: "rating"; consideration: string }
  | { kind: "score" };

export type SortDir = "asc" | "desc";
export type MatrixSort = { column: MatrixColumn; dir: SortDir };
