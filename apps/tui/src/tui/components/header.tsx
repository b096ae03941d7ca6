import { Badge } from "@inkjs/ui";
import { Box, Text } from "ink";
import { memo } from "react";
import { VIEWS, type ViewId } from "../lib/state.js";
import { fit } from "../lib/wrap.js";

export type HeaderProps = {
  title: string;
  lang: string;
  view: ViewId;
  /** The views' names, in order. */
  tabs: readonly string[];
  width: number;
};

/**
 * The views' tabs: " 1 Missions  2 Groups …"; where that does not fit, the other views by their
 * number only, so the current one is always seen whole.
 */
export function tabLabels(tabs: readonly string[], current: number, width: number): string[] {
  const full = tabs.map((name, i) => ` ${i + 1} ${name} `);
  if (full.join("").length <= width) return full;
  return tabs.map((name, i) => (i === current ? ` ${i + 1} ${name} ` : ` ${i + 1} `));
}

/** The dataset and year, the language, and the views with the current one marked. */
export const Header = memo(function Header({ title, lang, view, tabs, width }: HeaderProps) {
  const current = VIEWS.indexOf(view);
  const labels = tabLabels(tabs, current, width);
  return (
    <Box flexDirection="column" width={width}>
      <Box width={width}>
        <Text bold>{fit(title, Math.max(1, width - 5))} </Text>
        <Badge color="magenta">{lang}</Badge>
      </Box>
      <Text wrap="truncate-end">
        {labels.map((label, i) => (
          <Text key={i} inverse={i === current} bold={i === current} dimColor={i !== current}>
            {label}
          </Text>
        ))}
      </Text>
    </Box>
  );
});
