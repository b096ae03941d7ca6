// A portfolio: the Dutch contributions (one per mission) with their groups, as of a date. Built
// from the dataset, then changed by scenarios; the dataset itself is never changed.
import type {
  Cluster,
  Dataset,
  LocalizedText,
  Mission,
  PersonnelFigure,
  Quantity,
} from "@inzet/data";
import type { Framework } from "../frameworks.js";
import type { Span } from "../span.js";
import type { Tally } from "./tally.js";

/** The personnel a contribution may have: its own figure, narrowed by its group's figure. */
export type Personnel = {
  span: Span;
  /** The contribution's own figure alone: what a group figure's sum counts. */
  own: Span;
  /** The group's figure (with the other members' figures) narrowed the contribution's own. */
  narrowed: boolean;
  /** The group's figure and its members' figures cannot all be true: the own figure is used. */
  conflict: boolean;
};

export type Contribution = {
  /** The mission's id; for a contribution a scenario describes, the id it gives. */
  id: string;
  label: string;
  origin: "dataset" | "scenario";
  /** The dataset's facts, for a contribution from the dataset. */
  mission: Mission | null;
  /** The group's id; null: in no group (it then counts as a group of its own). */
  group: string | null;
  organisation: string | null;
  framework: Framework | null;
  countries: readonly string[];
  regions: readonly string[];
  /** The figure for the as-of year, as worded; `unknown` where no source gives one. */
  quantity: Quantity;
  figure: PersonnelFigure | null;
  /** The group figure whose total this contribution's figure is part of (until resized). */
  part: string | null;
  personnel: Personnel;
};

export type Group = {
  id: string;
  name: LocalizedText;
  order: number;
  /** The letter's group, for groups from the dataset. */
  cluster: Cluster | null;
};

/** A group's figure for the year, and the figures of all the members it counts. */
export type GroupFigure = {
  group: string;
  figure: PersonnelFigure;
  total: Span;
  members: ReadonlyMap<string, { span: Span; figure: PersonnelFigure | null }>;
  all: Tally;
};

export type Portfolio = {
  dataset: Dataset;
  /** ISO date, to the year, month or day: durations and the figures' year are taken from it. */
  asOf: string;
  year: number;
  groups: ReadonlyMap<string, Group>;
  groupFigures: ReadonlyMap<string, GroupFigure>;
  contributions: readonly Contribution[];
};
