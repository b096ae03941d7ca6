import { Box, Text } from "ink";
import { memo } from "react";
import { useWindowOffset } from "../hooks/use-window-offset.js";
import { focusRows, type ListModel, type ListRow } from "../lib/list.js";
import { windowRange } from "../lib/window.js";
import { fit } from "../lib/wrap.js";

export type ListPaneProps = {
  model: ListModel;
  cursor: number;
  height: number;
  width: number;
  /** The list has the keys (not the detail pane): the cursor is drawn inverse. */
  active: boolean;
};

/** A virtualised list: only the rows in view are rendered, the cursor's row always among them. */
export function ListPane({ model, cursor, height, width, active }: ListPaneProps) {
  const [from, to] = focusRows(model, cursor);
  const offset = useWindowOffset(height, model.rows.length, from, to);
  const [start, end] = windowRange(offset, height, model.rows.length);
  const selectedRow = model.itemRows[cursor];
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      {model.rows.slice(start, end).map((row, i) => (
        <Row
          key={row.key}
          row={row}
          width={width}
          selected={start + i === selectedRow}
          active={active}
        />
      ))}
    </Box>
  );
}

type RowProps = { row: ListRow; width: number; selected: boolean; active: boolean };

/** Memoised: moving the cursor re-renders two rows, not the list. */
const Row = memo(function Row({ row, width, selected, active }: RowProps) {
  const asideWidth = Math.min(row.aside.length, 10, Math.floor(width / 3));
  const aside = asideWidth > 0 ? ` ${fit(row.aside, asideWidth)}` : "";
  if (row.kind === "header")
    return <Text bold>{`${fit(row.label, width - aside.length)}${aside}`}</Text>;
  const text = `${selected ? "›" : " "} ${fit(row.label, width - 2 - aside.length)}`;
  return (
    <Text inverse={selected && active} bold={selected}>
      {text}
      <Text dimColor={!selected}>{aside}</Text>
    </Text>
  );
});
