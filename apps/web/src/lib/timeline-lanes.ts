import { type Dataset, type TimelineRow, timelineRows } from "@inzet/data";
import { yearPosition } from "@inzet/data/queries";
import { primarySources } from "./letter";
import { type Span, span, timelineDomain } from "./timeline-layout";

export type Lane = { row: TimelineRow; mission: Span | undefined; dutch: Span | undefined };

/** Every mission's lifetime and Dutch participation on one axis, with the letter's date marked. */
export function timelineLanes(ds: Dataset) {
  const lanes: Lane[] = timelineRows(ds).map((row) => ({
    row,
    mission: span({ start: row.start, end: row.end }),
    dutch: span({ start: row.dutchStart, end: row.dutchEnd }),
  }));
  const letterDate = primarySources(ds).letter?.date;
  const letterYear = letterDate ? yearPosition(letterDate, "start") : ds.meta.year + 1;
  const domain = timelineDomain(
    lanes.flatMap((l) => [l.mission, l.dutch]),
    [letterYear],
  );
  return { lanes, domain, letterYear };
}
