import { Box, Text } from "ink";
import type { Line } from "../lib/lines.js";
import { windowRange } from "../lib/window.js";
import { LineView } from "./line-view.js";

export type LinesPaneProps = {
  lines: readonly Line[];
  offset: number;
  height: number;
  width: number;
  /** Shown in the last line when more lines follow, e.g. "↓ 12 more (Enter)". */
  more: (count: number) => string;
};

/** A virtualised, scrolled view of pre-wrapped lines: only the visible ones are rendered. */
export function LinesPane({ lines, offset, height, width, more }: LinesPaneProps) {
  const [start, end] = windowRange(offset, height, lines.length);
  const below = lines.length - end;
  const shown = below > 0 ? lines.slice(start, end - 1) : lines.slice(start, end);
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      {shown.map((line, i) => (
        <LineView key={start + i} line={line} />
      ))}
      {below > 0 && (
        <Text dimColor wrap="truncate-end">
          {more(below + 1)}
        </Text>
      )}
    </Box>
  );
}
