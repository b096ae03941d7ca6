import { Text } from "ink";
import { memo } from "react";
import type { Line } from "../lib/lines.js";
import { TONES } from "./theme.js";

/** One pre-wrapped line; its parts are already inert. */
export const LineView = memo(function LineView({ line }: { line: Line }) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((p, i) => (
        <Text key={i} {...TONES[p.tone]}>
          {p.text}
        </Text>
      ))}
    </Text>
  );
});
