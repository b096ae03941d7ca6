import type { UiLang } from "@inzet/data";
import { APPROXIMATION_MARGIN, type ClusterSummary } from "@inzet/data/queries";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { translator } from "../../i18n/messages.js";
import { GLYPHS } from "../lib/bars.js";
import { groupBars } from "../lib/groups.js";
import { pack } from "../lib/layout.js";
import type { Line } from "../lib/lines.js";
import { fit } from "../lib/wrap.js";
import { Bar } from "./bar.js";
import { LinesPane } from "./lines-pane.js";

export type GroupsViewProps = {
  summaries: readonly ClusterSummary[];
  total: string;
  title: string;
  cursor: number;
  detail: readonly Line[];
  /** First line shown of the detail, when it has the keys. */
  scroll: number;
  lang: UiLang;
  width: number;
  height: number;
  more: (count: number) => string;
};

/**
 * How the chart fits `height` lines: title, bars and total always; then as much of the legend as
 * fits; gaps only when there is room to spare; the selected group's detail gets the rest.
 */
export function groupsChart(height: number, bars: number, legend: number) {
  const spare = Math.max(0, height - (bars + 2));
  const legendLines = Math.min(legend, spare);
  const gaps = spare - legendLines >= 6;
  const chart = bars + 2 + legendLines + (gaps ? 2 : 0);
  return { legendLines, gaps, chart, detail: Math.max(0, height - chart) };
}

/** The legend, packed into as many lines as the width needs. */
export function groupsLegend(lang: UiLang, width: number): string[] {
  const t = translator(lang);
  const margin = Math.round(APPROXIMATION_MARGIN * 100);
  return pack(
    [
      `${GLYPHS.solid} ${t("tui.legend.exact")}`,
      `${GLYPHS.fuzzyIn}${GLYPHS.fuzzyOut} ${t("tui.legend.about", { margin })}`,
      `${GLYPHS.open} ${t("tui.legend.open")}`,
      `${GLYPHS.span} ${t("tui.legend.span")}`,
      t("tui.legend.unknown"),
    ],
    width,
  );
}

/** The letter's groups as bars on one scale, a legend, the honest total, then the selected group. */
export function GroupsView(props: GroupsViewProps) {
  const { summaries, total, title, cursor, detail, scroll, lang, width, height, more } = props;
  const labelWidth = Math.min(38, Math.max(12, Math.floor(width * 0.4)));
  const figureWidth = 9;
  const barWidth = Math.max(4, width - labelWidth - figureWidth - 4);
  const bars = useMemo(() => groupBars(summaries, lang, barWidth), [summaries, lang, barWidth]);
  const legend = useMemo(() => groupsLegend(lang, width), [lang, width]);
  const layoutOf = groupsChart(height, bars.length, legend.length);
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      {layoutOf.gaps && <Text> </Text>}
      {bars.map((b, i) => (
        <Box key={b.label} width={width}>
          <Text inverse={i === cursor} bold={i === cursor}>
            {`${i === cursor ? "›" : " "} ${fit(b.label, labelWidth)} ${fit(b.figure, figureWidth)}`}
          </Text>
          <Text> </Text>
          <Bar segments={b.bar} unknown="" />
        </Box>
      ))}
      {layoutOf.gaps && <Text> </Text>}
      {legend.slice(0, layoutOf.legendLines).map((line) => (
        <Text key={line} dimColor>
          {line}
        </Text>
      ))}
      <Text wrap="truncate-end">{total}</Text>
      <LinesPane
        lines={detail}
        offset={scroll}
        height={layoutOf.detail}
        width={width}
        more={more}
      />
    </Box>
  );
}
