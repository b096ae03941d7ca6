import { Select } from "@inkjs/ui";
import { Box, Text } from "ink";

export type FilterMenuProps = {
  title: string;
  options: { label: string; value: string }[];
  current: string;
  onChoose: (value: string) => void;
  width: number;
  height: number;
};

/** Filter by group, organisation or type: one menu, Enter chooses, Esc closes. */
export function FilterMenu({ title, options, current, onChoose, width, height }: FilterMenuProps) {
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Select
        options={options}
        defaultValue={current}
        onChange={onChoose}
        visibleOptionCount={Math.max(1, height - 1)}
      />
    </Box>
  );
}
