import type { Cluster } from "../model/cluster.js";
import type { Dataset } from "../model/dataset.js";
import { compareDates } from "../model/dates.js";
import type { Mission } from "../model/mission.js";
import type { PartialDate } from "../model/primitives.js";
import { clusterOf } from "./lookup.js";

export type TimelineRow = {
  mission: Mission;
  cluster: Cluster | undefined;
  /** undefined: not known from a source. An absent end means none recorded, not "ongoing". */
  start: PartialDate | undefined;
  end: PartialDate | undefined;
  dutchStart: PartialDate | undefined;
  dutchEnd: PartialDate | undefined;
};

/** One row per mission, earliest start first; missions without a known start come last. */
export function timelineRows(ds: Dataset): TimelineRow[] {
  return ds.missions
    .map((mission) => ({
      mission,
      cluster: clusterOf(ds, mission.id),
      start: mission.start?.value,
      end: mission.end?.value,
      dutchStart: mission.netherlands.start?.value,
      dutchEnd: mission.netherlands.end?.value,
    }))
    .sort((a, b) => compareDates(a.start ?? "9999", b.start ?? "9999"));
}
