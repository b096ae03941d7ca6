import { type Cluster, type Dataset, figuresFor, letterFigure } from "@inzet/data";

import type { Locale } from "../i18n/routing";
import { type FigureView, figureView } from "./figure-view";
import { type PlaceNote, placeNotes } from "./place-notes";

export type ClusterView = {
  citationRef: number;
  figures: FigureView[];
  /** The figure the letter gives the group, as worded. */
  letterFigure: FigureView | undefined;
  footnotes: PlaceNote[];
};

export function clusterView(
  ds: Dataset,
  cluster: Cluster,
  locale: Locale,
  openPeriod: string,
): ClusterView {
  const notes = placeNotes();
  const citationRef = notes.ref(cluster.citation);
  const letter = letterFigure(ds, cluster.id);
  const figures = figuresFor(ds, { cluster: cluster.id }).map((f) =>
    figureView(f, locale, notes, openPeriod, letter?.id),
  );
  return {
    citationRef,
    figures,
    letterFigure: figures.find((f) => f.isYearFigure),
    footnotes: notes.list(),
  };
}
