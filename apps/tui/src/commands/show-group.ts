import type { Dataset, Mission } from "@inzet/data";
import { type ClusterSummary, clusterOf, clusterSummaries, LABELS } from "@inzet/data/queries";
import type { Footnotes } from "../output/footnotes.js";
import { figureText, local, otherDate, quoted } from "../output/format.js";
import type { View } from "../output/view.js";
import type { Row } from "./show-facts.js";

/** summaries: clusterSummaries(ds), where the caller keeps them (the terminal UI does). */
export function groupRow(
  ds: Dataset,
  m: Mission,
  notes: Footnotes,
  view: View,
  summaries: readonly ClusterSummary[] = clusterSummaries(ds),
): Row {
  const { t, lang } = view;
  const cluster = clusterOf(ds, m.id);
  if (!cluster) return [t("show.group"), t("show.noGroup")];
  const relation = LABELS.relation[cluster.relation][lang];
  // The figure the letter gives the group, as in `inzet clusters`.
  const figure = summaries.find((s) => s.cluster.id === cluster.id)?.figure;
  const wording = figure?.quantity.wording;
  const amount = !figure
    ? t("show.groupNoFigure", { relation })
    : wording
      ? t("show.groupFigure", {
          figure: figureText(figure.quantity, view),
          relation,
          wording: quoted(wording.text, view),
        })
      : t("show.groupFigureNoWording", { figure: figureText(figure.quantity, view), relation });
  const citations = figure ? [cluster.citation, figure.citation] : [cluster.citation];
  const dated = figure ? otherDate(figure, ds.meta.year, view) : "";
  return [
    t("show.group"),
    `${local(cluster.name, view)}: ${amount}${dated}${notes.cite(citations)}`,
  ];
}
