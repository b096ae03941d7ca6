import {
  type Citation,
  type Dataset,
  type Fact,
  figuresFor,
  LABELS,
  type LocalizedText,
  type Mission,
  type PersonnelFigure,
} from "@inzet/data";
import {
  type Footnotes,
  formatPartialDate,
  monthlySeries,
  seriesFigureIds,
} from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";
import { formatCoordinates } from "./coordinates";
import { yearFigureOf } from "./evaluation";
import { type FigureView, figureView } from "./figure-view";
import { type MonthlySeriesView, monthlySeriesView } from "./monthly-series-view";
import { type PlaceNote, placeNotes } from "./place-notes";

/** One cited value: its text, its note numbers, whether it is unverified or planned, its note. */
export type FactItem = {
  text: string;
  /** A related mission that has its own page. */
  missionId?: string | undefined;
  refs: number[];
  unverified: boolean;
  /** Announced by its sources, not confirmed as having happened. */
  planned: boolean;
  note: string | undefined;
  /** The coordinates of a headquarters: a fact of their own. */
  coordinates?: FactItem | undefined;
};

export const FACT_LABELS = [
  "description",
  "kind",
  "types",
  "legalBasis",
  "start",
  "end",
  "runningAsOf",
  "predecessor",
  "successor",
  "area",
  "headquarters",
] as const;
export type FactLabel = (typeof FACT_LABELS)[number];

export type MissionView = {
  named: { citation: Citation; n: number }[];
  facts: { label: FactLabel; items: FactItem[] }[];
  dutch: {
    start: FactItem | undefined;
    end: FactItem | undefined;
    /** Still going on at this date, as its source says: the text is the date. */
    runningAsOf: FactItem | undefined;
    roles: FactItem[];
    notes: FactItem[];
  };
  figures: FigureView[];
  yearFigure: FigureView | undefined;
  monthly: MonthlySeriesView | undefined;
  footnotes: PlaceNote[];
};

type Words = { openPeriod: string };

function item<T>(
  f: Fact<T>,
  text: string,
  notes: Footnotes,
  locale: Locale,
  extra: Partial<FactItem> = {},
): FactItem {
  return {
    text,
    refs: notes.refs(f.citations),
    unverified: f.unverified === true,
    planned: f.status === "planned",
    note: f.note?.[locale],
    ...extra,
  };
}

/**
 * Every fact of a mission in page order, each with its note numbers; a note per place in a
 * source, numbered once (placeNotes).
 */
export function missionView(ds: Dataset, m: Mission, locale: Locale, words: Words): MissionView {
  const notes = placeNotes();
  const named = m.citations.map((citation) => ({ citation, n: notes.ref(citation) }));
  const text = (t: LocalizedText) => t[locale];
  const date = (d: string) => formatPartialDate(d, locale);
  const one = <T>(f: Fact<T> | undefined, show: (v: T) => string) =>
    f ? [item(f, show(f.value), notes, locale)] : [];

  const facts: MissionView["facts"] = [
    { label: "description", items: one(m.description, text) },
    { label: "kind", items: one(m.kind, (k) => LABELS.missionKind[k][locale]) },
    {
      label: "types",
      items: one(m.types, (ts) => ts.map((t) => LABELS.missionType[t][locale]).join(", ")),
    },
    { label: "legalBasis", items: m.legalBasis.map((f) => item(f, text(f.value), notes, locale)) },
    { label: "start", items: one(m.start, date) },
    { label: "end", items: one(m.end, date) },
    { label: "runningAsOf", items: one(m.runningAsOf, date) },
    ...(["predecessor", "successor"] as const).map((label) => {
      const f = m[label];
      const v = f?.value;
      return {
        label,
        items:
          f && v
            ? [
                item(f, v.date ? `${v.name} (${date(v.date)})` : v.name, notes, locale, {
                  missionId: v.mission,
                }),
              ]
            : [],
      };
    }),
    { label: "area", items: one(m.area, (a) => (a.description ? text(a.description) : "")) },
    {
      label: "headquarters",
      items: m.headquarters.map((f) => {
        const c = f.value.coordinates;
        return item(f, text(f.value.name), notes, locale, {
          coordinates: c && item(c, formatCoordinates(c.value, locale), notes, locale),
        });
      }),
    },
  ];

  const nl = m.netherlands;
  const dutch = {
    start: nl.start && item(nl.start, date(nl.start.value), notes, locale),
    end: nl.end && item(nl.end, date(nl.end.value), notes, locale),
    runningAsOf: nl.runningAsOf && item(nl.runningAsOf, date(nl.runningAsOf.value), notes, locale),
    roles: nl.roles.map((f) => item(f, text(f.value), notes, locale)),
    notes: nl.notes.map((f) => item(f, text(f.value), notes, locale)),
  };

  const yearFigure = yearFigureOf(ds, m.id);
  const show = (f: PersonnelFigure) =>
    figureView(f, locale, notes, words.openPeriod, yearFigure?.id);
  const series = monthlySeries(ds, m.id);
  const inSeries = seriesFigureIds(series);
  // The page names the year's figure before the list, so its note comes first; a figure of a
  // series is cited as the series is, by its source (each month's row is in the data).
  const year =
    yearFigure &&
    show(
      inSeries.has(yearFigure.id)
        ? { ...yearFigure, citation: { source: yearFigure.citation.source } }
        : yearFigure,
    );
  // A monthly series shows its own figures (the year's among them) in its chart and table.
  const figures = figuresFor(ds, { mission: m.id })
    .filter((f) => !inSeries.has(f.id))
    .map(show);
  const monthly = monthlySeriesView(ds, series, locale, notes);

  return {
    named,
    facts,
    dutch,
    figures,
    yearFigure: year,
    monthly,
    footnotes: notes.list(),
  };
}
