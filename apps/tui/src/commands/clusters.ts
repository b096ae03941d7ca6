import { type Dataset, LABELS, clusterSummaries, clustersTotal, formatBounds } from "@inzet/data";
import { footnotes } from "../output/footnotes.js";
import { inert } from "../output/inert.js";
import { figureText, joinList, local, quoted } from "../output/format.js";
import type { View } from "../output/view.js";

/** The letter's groups in order, each with its worded figure and missions, then an honest total. */
export function clustersView(ds: Dataset, view: View): string {
  const { t, style, lang } = view;
  const notes = footnotes(ds, view, { compact: true });
  const summaries = clusterSummaries(ds);
  const lines = [style.bold(t("clusters.title", { year: ds.meta.year, count: summaries.length })), ""];
  for (const { cluster, figure, missions } of summaries) {
    const relation = LABELS.relation[cluster.relation][lang];
    const marker = cluster.relation === "group" ? `${cluster.order}.` : "+";
    lines.push(`${style.bold(`${marker} ${inert(local(cluster.name, view))}`)}  ${style.dim(`[${cluster.id}] ${relation}`)}`);
    const wording = figure?.quantity.wording;
    const amount = !figure
      ? t("clusters.noFigure")
      : wording
        ? t("clusters.figure", { figure: figureText(figure.quantity, view), wording: quoted(wording.text, view) })
        : t("clusters.figureNoWording", { figure: figureText(figure.quantity, view) });
    lines.push(`   ${amount}${notes.cite(figure ? [figure.citation] : [cluster.citation])}`);
    const list = joinList(missions.map((m) => m.acronym), view);
    lines.push(`   ${t("clusters.missions", { list })}${notes.cite([cluster.citation])}`);
    lines.push("");
  }
  const total = clustersTotal(ds);
  lines.push(
    t("clusters.total", {
      count: summaries.length,
      symbol: formatBounds(total, { lang }),
      words: formatBounds(total, { lang, style: "words" }),
    }),
  );
  lines.push(style.dim(t("clusters.totalNote")), "", style.bold(t("common.sources")), ...notes.render());
  return `${lines.join("\n")}\n`;
}
