import type { Fact, LocalizedText } from "@inzet/data";
import type { Interval } from "../interval.js";
import type { Contribution } from "../portfolio/portfolio.js";
import { durationYears, type RunStatus, runStatus } from "../time/duration.js";
import { type Indicator, known, unknown } from "./indicator.js";

export type Duration = { years: Interval; status: RunStatus };

const STATUS_NOTES: Record<RunStatus, LocalizedText> = {
  running: {
    en: "Running at the as-of date: the duration counts up to that date.",
    nl: "Liep op de peildatum: de duur telt tot die datum.",
  },
  ended: { en: "Ended before the as-of date.", nl: "Beëindigd vóór de peildatum." },
  notStarted: {
    en: "Had not started by the as-of date.",
    nl: "Was op de peildatum nog niet begonnen.",
  },
  indeterminate: {
    en: "Whether it was running at the as-of date is unknown at the dates' precision.",
    nl: "Of het op de peildatum liep, is met de precisie van de data niet te zeggen.",
  },
};

const NO_START: LocalizedText = {
  en: "No source gives the start: the duration is unknown.",
  nl: "Geen bron noemt het begin: de duur is onbekend.",
};

const NOT_IN_DATASET: LocalizedText = {
  en: "A contribution a scenario describes has no dates in the dataset.",
  nl: "Een bijdrage die een scenario beschrijft, heeft geen data in de dataset.",
};

type Dated = Fact<string> | undefined;

function indicator(
  id: "missionDuration" | "participationDuration",
  start: Dated,
  ends: readonly NonNullable<Dated>[],
  asOf: string,
): Indicator<Duration> {
  const span = { start: start?.value, ends: ends.map((e) => e.value) };
  const status = runStatus(span, asOf);
  const years = durationYears(span, asOf);
  const parts = {
    notes: [STATUS_NOTES[status]],
    citations: [start, ...ends].flatMap((d) => d?.citations ?? []),
    unverified: [start, ...ends].some((d) => d?.unverified === true),
  };
  return years === null ? unknown(id, NO_START, parts) : known(id, { years, status }, parts);
}

export function missionDuration(c: Contribution, asOf: string): Indicator<Duration> {
  const m = c.mission;
  if (!m) return unknown("missionDuration", NOT_IN_DATASET);
  return indicator("missionDuration", m.start, m.end ? [m.end] : [], asOf);
}

/** The Dutch participation cannot outlast its mission: the mission's end is a possible end too. */
export function participationDuration(c: Contribution, asOf: string): Indicator<Duration> {
  const m = c.mission;
  if (!m) return unknown("participationDuration", NOT_IN_DATASET);
  const nl = m.netherlands;
  const ends = [nl.end, m.end].flatMap((e) => (e ? [e] : []));
  return indicator("participationDuration", nl.start, ends, asOf);
}
