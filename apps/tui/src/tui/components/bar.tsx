import { Text } from "ink";
import type { BarKind, BarSegment } from "../lib/bars.js";
import { ACCENT } from "./theme.js";

const STYLE: Record<BarKind, { color?: string; dimColor?: boolean }> = {
  solid: { color: ACCENT },
  fuzzy: { color: ACCENT, dimColor: true },
  span: { dimColor: true },
  open: { color: ACCENT },
};

/** A figure's bar; the glyphs carry the meaning, colour only repeats it. */
export function Bar({
  segments,
  unknown,
}: {
  segments: BarSegment[] | undefined;
  unknown: string;
}) {
  if (!segments) return <Text dimColor>{unknown}</Text>;
  return (
    <Text>
      {segments.map((s, i) => (
        <Text key={i} {...STYLE[s.kind]}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
