import { StatusMessage } from "@inkjs/ui";
import { Box, Text } from "ink";
import type { Status } from "../lib/state.js";
import { fit } from "../lib/wrap.js";

export type FooterProps = {
  width: number;
  /** The search box is open and holds `query`. */
  searching: boolean;
  query: string;
  searchLabel: string;
  placeholder: string;
  status: Status | undefined;
  /** Shown when there is no status: filter, search, position. */
  summary: string;
  keys: string;
};

/** The status line (search box, message or summary) above the line of keys. */
export function Footer(props: FooterProps) {
  const { width, searching, query, searchLabel, placeholder, status, summary, keys } = props;
  return (
    <Box flexDirection="column" width={width}>
      <Box width={width} height={1} overflowY="hidden">
        {searching ? (
          <>
            <Text bold>{`${searchLabel} `}</Text>
            <Text>{fit(query, Math.max(1, width - searchLabel.length - 3)).trimEnd()}</Text>
            <Text inverse> </Text>
            {query === "" && <Text dimColor>{` ${placeholder}`}</Text>}
          </>
        ) : status ? (
          <StatusMessage variant={status.tone}>{fit(status.text, width - 3)}</StatusMessage>
        ) : (
          <Text wrap="truncate-end">{summary}</Text>
        )}
      </Box>
      <Text dimColor wrap="truncate-end">
        {keys}
      </Text>
    </Box>
  );
}
