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

/** The dataset and year, the language, and the views with the current one marked. */
export const Header = memo(function Header({ title, lang, view, tabs, width }: HeaderProps) {
  const current = VIEWS.indexOf(view);
  return (
    <Box flexDirection="column" width={width}>
      <Box width={width}>
        <Text bold>{fit(title, Math.max(1, width - 5))} </Text>
        <Badge color="magenta">{lang}</Badge>
      </Box>
      <Text wrap="truncate-end">
        {tabs.map((name, i) => (
          <Text key={name} inverse={i === current} bold={i === current} dimColor={i !== current}>
            {` ${i + 1} ${name} `}
          </Text>
        ))}
      </Text>
    </Box>
  );
});
