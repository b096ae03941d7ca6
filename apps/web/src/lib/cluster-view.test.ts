import { bundledDataset, getCluster } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { clusterView } from "./cluster-view";

const ds = bundledDataset();

describe("clusterView", () => {
  it.each([
    ["balkans", "≈ 10", "ongeveer tien"],
    ["middle-east-peace-process", "≈ 20", "ongeveer twintig"],
    ["capacity-building-africa-asia", "> 40", "ruim veertig"],
    ["osce-ukraine-observers", "a few", "enkele"],
  ])("gives %s the letter's figure %s, worded %s", (id, text, wording) => {
    const cluster = getCluster(ds, id);
    if (!cluster) throw new Error(id);
    const view = clusterView(ds, cluster, "en", "from {from}");
    expect(view.letterFigure?.text).toBe(text);
    expect(view.letterFigure?.wording?.text).toBe(wording);
    expect(view.citationRef).toBe(1);
  });
});
