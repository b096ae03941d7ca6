import type { Dataset } from "@inzet/data";
import {
  type ClusterSummary,
  clusterSummaries,
  clustersTotal,
  formatBounds,
  LABELS,
} from "@inzet/data/queries";
import { footnotes } from "../output/footnotes.js";
import { figureText, joinList, local, otherDate, quoted } from "../output/format.js";
import { inert } from "../output/inert.js";
import type { View } from "../output/view.js";

/**
 * The group's figure as the letter words it, dated when it speaks of another moment than the
 * dataset's year (the OSCE observers are counted "op dit moment", May 2015).
 */
export function clusterAmount({ figure }: ClusterSummary, year: number, view: View) {
  const { t } = view;
  if (!figure) return { text: t("clusters.noFigure"), citation: undefined };
  const wording = figure.quantity.wording;
  const text = [
    t("clusters.figure", { figure: figureText(figure.quantity, view) }),
    wording ? t("clusters.worded", { wording: quoted(wording.text, view) }) : "",
    otherDate(figure, year, view),
  ].join("");
  return { text, citation: figure.citation };
}

/** The letter's groups in order, each with its worded figure and missions, then an honest total. */
export function clustersView(ds: Dataset, view: View): string {
  const { t, style, lang } = view;
  const year = ds.meta.year;
  const notes = footnotes(ds, view, { compact: true });
  const summaries = clusterSummaries(ds);
  const lines = [style.bold(t("clusters.title", { year, count: summaries.length })), ""];
  for (const summary of summaries) {
    const { cluster, missions } = summary;
    const marker = cluster.relation === "group" ? `${cluster.order}.` : "+";
    const relation = LABELS.relation[cluster.relation][lang];
    lines.push(
      `${style.bold(`${marker} ${inert(local(cluster.name, view))}`)}  ${style.dim(`[${inert(cluster.id)}] ${relation}`)}`,
    );
    const { text, citation } = clusterAmount(summary, year, view);
    lines.push(`   ${text}${notes.cite(citation ? [citation] : [])}`);
    const list = joinList(
      missions.map((m) => m.acronym),
      view,
    );
    lines.push(`   ${t("clusters.missions", { list })}${notes.cite([cluster.citation])}`, "");
  }
  const total = clustersTotal(ds);
  lines.push(
    t("clusters.total", { count: summaries.length, symbol: formatBounds(total, { lang }) }),
    style.dim(t("clusters.totalNote", { words: formatBounds(total, { lang, style: "words" }) })),
    "",
    style.bold(t("common.sources")),
    ...notes.render(),
  );
  return `${lines.join("\n")}\n`;
}
