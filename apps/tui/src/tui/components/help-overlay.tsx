import { Box, Text } from "ink";
import type { Translate } from "../../i18n/messages.js";
import { HELP_KEYS } from "../lib/keys.js";
import { fit } from "../lib/wrap.js";

/** Every key and what it does, and how figures are written; any key closes it. */
export function HelpOverlay({ t, width, height }: { t: Translate; width: number; height: number }) {
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text bold>{t("tui.help.title")}</Text>
      {HELP_KEYS.map(([keys, message]) => (
        <Text key={keys} wrap="truncate-end">
          <Text bold>{fit(keys, 12)}</Text>
          {t(message)}
        </Text>
      ))}
      <Text> </Text>
      <Text wrap="wrap">{t("tui.help.figures")}</Text>
      <Text dimColor>{t("tui.help.close")}</Text>
    </Box>
  );
}
