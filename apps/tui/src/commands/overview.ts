import type { Dataset } from "@inzet/data";
import type { View } from "../output/view.js";
import { clustersView } from "./clusters.js";

// Bare `inzet` when standard input or output is not a terminal (a pipe, a script): the plain overview.
export function overviewView(ds: Dataset, view: View): string {
  return clustersView(ds, view);
}
