import { Box, Text } from "ink";
import type { Layout } from "../lib/layout.js";
import type { Line } from "../lib/lines.js";
import type { ListModel } from "../lib/list.js";
import { LinesPane } from "./lines-pane.js";
import { ListPane } from "./list-pane.js";

export type ListDetailProps = {
  model: ListModel;
  cursor: number;
  detail: readonly Line[];
  /** The detail pane has the keys (wide), or is the screen (narrow). */
  focusDetail: boolean;
  scroll: number;
  layout: Layout;
  height: number;
  empty: string;
  more: (count: number, focused: boolean) => string;
};

/** List beside detail on a wide terminal; on a narrow one, the list or the detail. */
export function ListDetail(props: ListDetailProps) {
  const { model, cursor, detail, focusDetail, scroll, layout, height, empty, more } = props;
  if (model.itemRows.length === 0)
    return (
      <Box height={height} width={layout.columns}>
        <Text>{empty}</Text>
      </Box>
    );
  const pane = (width: number) => (
    <LinesPane
      lines={detail}
      offset={focusDetail ? scroll : 0}
      height={height}
      width={width}
      more={(n) => more(n, focusDetail)}
    />
  );
  if (!layout.wide)
    return focusDetail ? (
      pane(layout.columns)
    ) : (
      <ListPane model={model} cursor={cursor} height={height} width={layout.columns} active />
    );
  return (
    <Box height={height} width={layout.columns}>
      <ListPane
        model={model}
        cursor={cursor}
        height={height}
        width={layout.listWidth}
        active={!focusDetail}
      />
      <Box
        borderStyle="single"
        borderTop={false}
        borderBottom={false}
        borderRight={false}
        borderDimColor={!focusDetail}
        paddingLeft={1}
        width={layout.columns - layout.listWidth}
        height={height}
      >
        {pane(layout.detailWidth)}
      </Box>
    </Box>
  );
}
