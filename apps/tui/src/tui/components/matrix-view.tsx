import { Box, Text } from "ink";
import { memo } from "react";
import type { MatrixModel, MatrixRow } from "../../workbench-main.js";
import { useWindowOffset } from "../hooks/use-window-offset.js";
import type { Line } from "../lib/lines.js";
import { windowRange } from "../lib/window.js";
import { fit } from "../lib/wrap.js";
import { LinesPane } from "./lines-pane.js";

export type MatrixViewProps = {
  matrix: MatrixModel;
  cursor: number;
  detail: readonly Line[];
  /** The detail has the keys: the matrix shrinks to its selected row and the detail scrolls. */
  focusDetail: boolean;
  scroll: number;
  width: number;
  height: number;
  more: (count: number) => string;
};

/** Columns: the contribution's label, then the considerations sharing what is left. */
export function matrixColumns(matrix: MatrixModel, width: number): number[] {
  const label = Math.min(16, Math.max(8, ...matrix.rows.map((r) => [...r.label].length + 3)));
  const n = Math.max(1, matrix.headers.length - 1);
  const cell = Math.max(4, Math.floor((width - label) / n));
  return [label, ...Array.from({ length: n }, () => cell)];
}

/**
 * How the view fits `height` lines: the file line, the header, the rows that fit (at most all),
 * the legend when there is room; the detail of the selected row gets the rest, at least a third.
 */
export function matrixFit(height: number, rows: number, legend: number, focusDetail: boolean) {
  const fixed = 2;
  if (focusDetail) return { rows: 1, legend: 0, detail: Math.max(1, height - fixed - 1) };
  const minDetail = Math.min(Math.max(3, Math.floor(height / 3)), Math.max(0, height - fixed - 1));
  const shown = Math.max(1, Math.min(rows, height - fixed - minDetail));
  const legendLines = Math.max(0, Math.min(legend, height - fixed - shown - minDetail));
  return {
    rows: shown,
    legend: legendLines,
    detail: Math.max(0, height - fixed - shown - legendLines),
  };
}

/** The matrix of contributions × considerations, the cursor's row kept in view, its detail below. */
export function MatrixView(props: MatrixViewProps) {
  const { matrix, cursor, detail, focusDetail, scroll, width, height, more } = props;
  const widths = matrixColumns(matrix, width);
  const fitted = matrixFit(height, matrix.rows.length, matrix.legend.length, focusDetail);
  const offset = useWindowOffset(fitted.rows, matrix.rows.length, cursor);
  const [start, end] = focusDetail
    ? [cursor, cursor + 1]
    : windowRange(offset, fitted.rows, matrix.rows.length);
  const header = matrix.headers.map((h, i) => `${fit(h, (widths[i] ?? 4) - 1)} `).join("");
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text dimColor wrap="truncate-end">
        {matrix.source}
      </Text>
      <Text bold wrap="truncate-end">
        {header}
      </Text>
      {matrix.rows.slice(start, end).map((row, i) => (
        <MatrixLine
          key={row.key}
          row={row}
          widths={widths}
          selected={start + i === cursor}
          active={!focusDetail}
        />
      ))}
      {matrix.legend.slice(0, fitted.legend).map((line) => (
        <Text key={line} dimColor wrap="truncate-end">
          {line}
        </Text>
      ))}
      <LinesPane
        lines={detail}
        offset={focusDetail ? scroll : 0}
        height={fitted.detail}
        width={width}
        more={more}
      />
    </Box>
  );
}

type LineProps = { row: MatrixRow; widths: number[]; selected: boolean; active: boolean };

/** One row: memoised, so moving the cursor redraws two rows. */
const MatrixLine = memo(function MatrixLine({ row, widths, selected, active }: LineProps) {
  const label = `${fit(`${selected ? "›" : " "} ${row.label}`, (widths[0] ?? 10) - 1)} `;
  const cells = row.cells.map((c, i) => fit(c, (widths[i + 1] ?? 4) - 1)).join(" ");
  return (
    <Text wrap="truncate-end" inverse={selected && active} bold={selected}>
      {label}
      {cells}
    </Text>
  );
});
