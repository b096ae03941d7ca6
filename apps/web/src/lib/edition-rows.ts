import type { Citation, Dataset, Edition, Mission, Quantity } from "@inzet/data";
import {
  editionClusters,
  editionMissions,
  editionsByYear,
  type Footnotes,
  formatPartialDate,
  getSource,
  letterFigure,
} from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";
import { sourceFacts } from "./source-view";

/** A mission an edition treats, with the note of the place that says so. */
export type EditionMission = { mission: Mission; ref: number };

export type EditionRow = {
  edition: Edition;
  title: string;
  /** The letter: its identifier ("Kamerstuk 29 521 nr. 244") or title, and its address. */
  letter: { label: string; url: string | undefined };
  annex: string | undefined;
  /** The letter's date as its source gives it, with that source's note numbers. */
  date: { text: string; refs: number[] } | undefined;
  missions: EditionMission[];
  groups: { id: string; name: string; quantity: Quantity | undefined; ref: number }[];
  note: string | undefined;
};

/**
 * Every evaluation edition, oldest first, with the notes of what says so numbered in `notes`:
 * the letter's date, each mission it treats (a group's members by the group's citation), each
 * group's figure.
 */
export function editionRows(ds: Dataset, locale: Locale, notes: Footnotes): EditionRow[] {
  return editionsByYear(ds).map((edition) => {
    const letter = getSource(ds, edition.letter);
    const facts = letter && sourceFacts(letter, locale);
    const groups = editionClusters(ds, edition.id);
    const whereSaid = new Map<string, Citation>();
    for (const c of groups) for (const id of c.missions) whereSaid.set(id, c.citation);
    for (const cover of edition.covers) whereSaid.set(cover.mission, cover.citation);
    const date = edition.date;
    return {
      edition,
      title: edition.title[locale],
      letter: {
        label: facts?.identifier ?? letter?.title ?? edition.letter,
        url: facts?.url,
      },
      annex: edition.annex && getSource(ds, edition.annex)?.title,
      date: date && {
        text: formatPartialDate(date.value, locale),
        refs: notes.refs(date.citations),
      },
      missions: editionMissions(ds, edition.id).flatMap((mission) => {
        const citation = whereSaid.get(mission.id);
        return citation ? [{ mission, ref: notes.ref(citation) }] : [];
      }),
      groups: groups.map((c) => {
        const figure = letterFigure(ds, c.id);
        return {
          id: c.id,
          name: c.name[locale],
          quantity: figure?.quantity,
          ref: notes.ref(figure?.citation ?? c.citation),
        };
      }),
      note: edition.note?.[locale],
    };
  });
}
