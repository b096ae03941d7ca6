import type { Dataset, Mission } from "@inzet/data";
import { clusterOf, figuresFor } from "@inzet/data/queries";
import { footnotes } from "../output/footnotes.js";
import { local } from "../output/format.js";
import { inert, inertJson } from "../output/inert.js";
import { renderTable } from "../output/table.js";
import type { View } from "../output/view.js";
import { contributionRows, missionRows } from "./show-facts.js";
import { figureRows } from "./show-figures.js";
import { groupRow } from "./show-group.js";
import { type MonthlyLine, monthlyLines } from "./show-monthly.js";

/** Every fact of one mission, each with footnote markers to a numbered source list. */
export function showView(ds: Dataset, m: Mission, view: View): string {
  const { t, style } = view;
  const notes = footnotes(ds, view);
  const facts = [...missionRows(ds, m, notes, view), groupRow(ds, m, notes, view)];
  facts.push([t("show.namedIn"), notes.cite(m.citations).trim()]);
  const contribution = contributionRows(m, notes, view);
  const figures = figureRows(ds, m, notes, view);
  const monthly = monthlyLines(ds, m, notes, view, view.width);
  const styled = ({ text, kind, total }: MonthlyLine) =>
    kind === "axis" || kind === "note" ? style.dim(text) : total ? style.bold(text) : text;
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
    ...(monthly.length > 0 ? section(t("monthly.heading"), monthly.map(styled).join("\n")) : []),
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
