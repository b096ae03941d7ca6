import type { Dataset, UiLang } from "@inzet/data";
import {
  type ClusterSummary,
  clustersTotal,
  formatBounds,
  LABELS,
  quantityBounds,
} from "@inzet/data/queries";
import { clusterAmount } from "../../commands/clusters.js";
import { figureText, joinList, local } from "../../output/format.js";
import { inert } from "../../output/inert.js";
import { type BarSegment, barSegments, chartScale } from "./bars.js";
import { citationLines } from "./cited.js";
import { blank, heading, type Line, labelled, labelWidthFor } from "./lines.js";
import { textView } from "./view-text.js";

export type GroupBar = { label: string; figure: string; bar: BarSegment[] | undefined };

/** One bar per group, on one scale, with the figure as the letter words it. */
export function groupBars(
  summaries: readonly ClusterSummary[],
  lang: UiLang,
  width: number,
): GroupBar[] {
  const view = textView(lang);
  const bounds = summaries.map((s) =>
    quantityBounds(s.figure?.quantity ?? { qualifier: "unknown" }),
  );
  const scale = chartScale(bounds);
  return summaries.map((s, i) => ({
    label: inert(
      `${s.cluster.relation === "group" ? `${s.cluster.order}.` : "+"} ${local(s.cluster.name, view)}`,
    ),
    figure: figureText(s.figure?.quantity, view),
    bar: barSegments(bounds[i] as (typeof bounds)[number], scale, width),
  }));
}

/** The honest sum of the groups' figures, as in `inzet clusters`. */
export function groupsTotal(ds: Dataset, lang: UiLang): string {
  const view = textView(lang);
  const total = clustersTotal(ds);
  return view.t("clusters.total", {
    count: ds.clusters.length,
    symbol: formatBounds(total, { lang }),
  });
}

/** The selected group: its figure as worded, the letter's words, source, purpose and missions. */
export function groupDetail(ds: Dataset, s: ClusterSummary, lang: UiLang, width: number): Line[] {
  const view = textView(lang);
  const { t } = view;
  const { text, citation } = clusterAmount(s, ds.meta.year, view);
  const labels = ["tui.figure", "tui.relation", "tui.purpose", "tui.missions"] as const;
  const lw = labelWidthFor(
    labels.map((key) => t(key)),
    width,
  );
  const lines: Line[] = [
    ...heading(local(s.cluster.name, view), width),
    ...labelled(t("tui.figure"), text, width, lw),
    ...labelled(t("tui.relation"), LABELS.relation[s.cluster.relation][lang], width, lw),
    ...labelled(t("tui.purpose"), local(s.cluster.purpose, view), width, lw),
    ...labelled(
      t("tui.missions"),
      joinList(
        s.missions.map((m) => m.acronym),
        view,
      ),
      width,
      lw,
    ),
  ];
  lines.push(blank, ...citationLines(ds, citation ?? s.cluster.citation, lang, width));
  return lines;
}
