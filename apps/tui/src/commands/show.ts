import {
  type ClusterSummary,
  clusterOf,
  clusterSummaries,
  type Dataset,
  figuresFor,
  LABELS,
  type Mission,
} from "@inzet/data";
import { type Footnotes, footnotes } from "../output/footnotes.js";
import { figureText, local, otherDate, quoted } from "../output/format.js";
import { inert, inertJson } from "../output/inert.js";
import { renderTable } from "../output/table.js";
import type { View } from "../output/view.js";
import { contributionRows, missionRows, type Row } from "./show-facts.js";
import { figureRows } from "./show-figures.js";

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
  const dated = figure ? otherDate(figure.asOf, ds.meta.year, view) : "";
  return [
    t("show.group"),
    `${local(cluster.name, view)}: ${amount}${dated}${notes.cite(citations)}`,
  ];
}

/** Every fact of one mission, each with footnote markers to a numbered source list. */
export function showView(ds: Dataset, m: Mission, view: View): string {
  const { t, style } = view;
  const notes = footnotes(ds, view);
  const facts = [...missionRows(ds, m, notes, view), groupRow(ds, m, notes, view)];
  facts.push([t("show.namedIn"), notes.cite(m.citations).trim()]);
  const contribution = contributionRows(m, notes, view);
  const figures = figureRows(ds, m, notes, view);
  const section = (title: string, body: string) => [style.bold(title), body, ""];
  const lines = [
    `${style.bold(`${inert(m.acronym)} — ${inert(local(m.name, view))}`)}  ${style.dim(`[${inert(m.id)}]`)}`,
    renderTable([], facts, view),
    "",
    ...section(t("show.contribution"), renderTable([], contribution, view)),
    ...section(
      t("show.figures"),
      figures.length > 0 ? renderTable([], figures, view) : t("show.noFigures"),
    ),
    style.bold(t("common.sources")),
    ...notes.render(),
  ];
  return `${lines.join("\n")}\n`;
}

/** The mission as stored, with its group's id and its figures. */
export function showJson(ds: Dataset, m: Mission): string {
  const json = {
    mission: m,
    cluster: clusterOf(ds, m.id)?.id ?? null,
    figures: figuresFor(ds, { mission: m.id }),
  };
  return `${inertJson(JSON.stringify(json, null, 2))}\n`;
}
