import type { MetricId, Scenario } from "@inzet/analysis";
import type { RatingCell, ScoreCell } from "./matrix-types";

// The scenarios page as it draws it, every text in the page's language. Types only.

/** A contribution the editor lists: its own group and its figure as the sources word it. */
export type EditorContribution = {
  id: string;
  label: string;
  name: string;
  group: string | null;
  /** The figure for the year, as worded ("about 10", "unknown"). */
  figure: string;
  /** The interval it holds in the portfolio (narrowed by its group's figure). */
  personnel: string;
};

export type EditorGroup = { id: string; name: string };

/** One metric across the columns (baseline first): its interval as text, and what changed. */
export type MetricRowView = {
  id: MetricId;
  name: string;
  definition: string;
  values: string[];
  changed: boolean[];
};

/** A group's personnel in one column, for its bar: null where the group has no one left. */
export type GroupBar = {
  low: number;
  /** Null: no upper bound. */
  high: number | null;
  approximate: boolean;
  text: string;
  share: string;
} | null;

export type GroupBarsView = { key: string; name: string; bars: GroupBar[] };

export type ComparisonView = {
  /** The scenarios' names; the baseline (column 0) is the page's to name. */
  columns: string[];
  rows: MetricRowView[];
  groups: GroupBarsView[];
  /** The axis end every bar is drawn against, so columns compare. */
  axisMax: number;
};

export type ComparisonResult = { ok: true; view: ComparisonView } | { ok: false; issues: string[] };

/** A contribution the token question would end, or might. */
export type TokenRow = {
  id: string;
  label: string;
  group: string;
  personnel: string;
  token: string;
  /** Why it is undecided: its size, its group's rank, or both. */
  because: ("size" | "rank")[];
  sources: string[];
  ratings: Record<string, RatingCell> | null;
  score: ScoreCell | null;
};

export type IntervalPair = { before: string; after: string };

export type TokenQuestionView = {
  keep: number;
  threshold: number;
  /** The scenario that ends the certain ones, and the one that ends the undecided too. */
  scenario: Scenario;
  widest: Scenario;
  largest: string[];
  undecidedGroups: string[];
  ended: TokenRow[];
  indeterminate: TokenRow[];
  remaining: {
    contributions: IntervalPair;
    groups: IntervalPair;
    regions: IntervalPair;
    concentration: IntervalPair;
  };
};
