// Code is the same in both languages; only the surrounding text is translated.
export const PACKAGE_SAMPLE = `import { bundledDataset, clusterSummaries, formatQuantity, listMissions } from "@inzet/data";

const ds = bundledDataset();
for (const { cluster, figure, missions } of clusterSummaries(ds)) {
  console.log(cluster.name.en, figure && formatQuantity(figure.quantity), missions.map((m) => m.acronym));
}
// Balkans ≈ 10 [ 'EUFOR Althea', 'EULEX Kosovo', 'KFOR' ]

listMissions(ds, { cluster: "balkans" });       // EUFOR Althea, EULEX Kosovo, KFOR
listMissions(ds, { search: "Zuid-Soedan" });    // UNMISS`;

export const CLI_SAMPLE = `pnpm inzet clusters                  # the four groups: ≈ 10, ≈ 20, > 40, a few
pnpm inzet list --cluster balkans    # missions as a table; --json / --csv for scripts
pnpm inzet show "EUTM Somalië"       # every fact of a mission, with numbered sources
pnpm inzet --lang nl show untso      # the same in Dutch
pnpm inzet sources                   # every source and what rests on it
pnpm inzet validate inzet.json       # check a downloaded or edited dataset`;
