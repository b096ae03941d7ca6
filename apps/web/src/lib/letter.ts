import { type Dataset, getSource, type Source } from "@inzet/data";

/** The dataset's primary source (the evaluation) and the letter it is an annex of. */
export function primarySources(ds: Dataset): {
  annex: Source | undefined;
  letter: Source | undefined;
} {
  const annex = getSource(ds, ds.meta.primarySource);
  let letter = annex;
  for (let hops = 0; letter?.partOf && hops < 8; hops++) letter = getSource(ds, letter.partOf);
  return { annex, letter };
}
