import type { Dataset, Source } from "@inzet/data";
import { getSource, sourceChain } from "@inzet/data/queries";

/** The dataset's primary source (the evaluation) and the letter it is an annex of. */
export function primarySources(ds: Dataset): {
  annex: Source | undefined;
  letter: Source | undefined;
} {
  const annex = getSource(ds, ds.meta.primarySource);
  return { annex, letter: annex && sourceChain(ds, annex).at(-1) };
}
