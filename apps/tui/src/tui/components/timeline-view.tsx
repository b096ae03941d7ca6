import type { UiLang } from "@inzet/data";
import type { TimelineRow } from "@inzet/data/queries";
import { Box, Text } from "ink";
import { memo, useMemo } from "react";
import { translator } from "../../i18n/messages.js";
import { inert } from "../../output/inert.js";
import { useWindowOffset } from "../hooks/use-window-offset.js";
import { pack } from "../lib/layout.js";
import {
  type Axis,
  axisLines,
  makeAxis,
  type SpanKind,
  TIMELINE_GLYPHS,
  timelineSpans,
} from "../lib/timeline.js";
import { windowRange } from "../lib/window.js";
import { fit } from "../lib/wrap.js";
import { ACCENT } from "./theme.js";

export type TimelineViewProps = {
  rows: readonly TimelineRow[];
  through: number;
  title: string;
  /** What the selected row's dates are, in words. */
  selected: string;
  cursor: number;
  lang: UiLang;
  width: number;
  height: number;
};

const STYLE: Record<SpanKind, { color?: string; dimColor?: boolean }> = {
  none: {},
  mission: {},
  open: { dimColor: true },
  dutch: { color: ACCENT },
  dutchOpen: { color: ACCENT, dimColor: true },
};

export function timelineLegend(lang: UiLang, width: number): string[] {
  const t = translator(lang);
  const g = TIMELINE_GLYPHS;
  return pack(
    [
      `${g.mission.repeat(2)} ${t("tui.legend.mission")}`,
      `${g.open.repeat(2)} ${t("tui.legend.noEnd")}`,
      `${g.dutch.repeat(2)} ${t("tui.legend.dutch")}`,
      `${g.dutchOpen.repeat(2)} ${t("tui.legend.dutchOpen")}`,
    ],
    width,
  );
}

/** Title, axis (2) and the selected row's dates always; the legend as far as it leaves 3 rows. */
export function timelineFit(height: number, legend: number) {
  const legendLines = Math.max(0, Math.min(legend, height - 4 - 3));
  return { legendLines, rows: Math.max(1, height - 4 - legendLines) };
}

/** Mission lifetimes on one time axis, the Dutch part drawn over each; only visible rows render. */
export function TimelineView(props: TimelineViewProps) {
  const { rows, through, title, selected, cursor, lang, width, height } = props;
  const labelWidth = Math.min(14, Math.max(6, Math.floor(width / 5)));
  const axis = useMemo(
    () => makeAxis(rows, through, Math.max(2, width - labelWidth - 3)),
    [rows, through, width, labelWidth],
  );
  const [ticks, labels] = useMemo(() => axisLines(axis), [axis]);
  const legend = useMemo(() => timelineLegend(lang, width), [lang, width]);
  const { legendLines, rows: rowsHeight } = timelineFit(height, legend.length);
  const offset = useWindowOffset(rowsHeight, rows.length, cursor);
  const [start, end] = windowRange(offset, rowsHeight, rows.length);
  const pad = " ".repeat(labelWidth + 3);
  const unknown = translator(lang)("tui.timeline.noStart");
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Text wrap="truncate-end">{`${pad}${labels}`}</Text>
      <Text dimColor wrap="truncate-end">{`${pad}${ticks}`}</Text>
      <Box flexDirection="column" height={rowsHeight} overflowY="hidden">
        {rows.slice(start, end).map((row, i) => (
          <TimelineLine
            key={row.mission.id}
            row={row}
            axis={axis}
            label={fit(inert(row.mission.acronym), labelWidth)}
            selected={start + i === cursor}
            unknown={unknown}
          />
        ))}
      </Box>
      {legend.slice(0, legendLines).map((line) => (
        <Text key={line} dimColor>
          {line}
        </Text>
      ))}
      <Text wrap="truncate-end">{selected}</Text>
    </Box>
  );
}

type LineProps = {
  row: TimelineRow;
  axis: Axis;
  label: string;
  selected: boolean;
  unknown: string;
};

const TimelineLine = memo(function TimelineLine({
  row,
  axis,
  label,
  selected,
  unknown,
}: LineProps) {
  const spans = timelineSpans(row, axis);
  return (
    <Text wrap="truncate-end">
      <Text inverse={selected} bold={selected}>{`${selected ? "›" : " "} ${label}`}</Text>
      <Text> </Text>
      {spans.length === 0 ? (
        <Text dimColor>{unknown}</Text>
      ) : (
        spans.map((s, i) => (
          <Text key={i} {...STYLE[s.kind]}>
            {s.text}
          </Text>
        ))
      )}
    </Text>
  );
});
