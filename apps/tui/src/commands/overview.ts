import type { Dataset } from "@inzet/data";
import type { View } from "../output/view.js";
import { clustersView } from "./clusters.js";

// Bare `inzet`. The interactive UI will take over here when stdout is a TTY; scripts keep this.
export function overviewView(ds: Dataset, view: View): string {
  return clustersView(ds, view);
}
