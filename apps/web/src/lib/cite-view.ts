import type { Dataset, UiLang } from "@inzet/data";
import { referenceText } from "@inzet/publish";
import { type CiteTarget, citeHref, citeItem } from "./cite-files";
import { CITE_FORMATS } from "./cite-formats";

export type CiteView = {
  /** The reference in APA style, or none where the page shows the source itself. */
  reference: string | undefined;
  /** The files' address without its ending: "/data/cite/mission/untso.nl". */
  stem: string;
  /** What a download is saved as, without its ending: "inzet-mission-untso.nl". */
  fileStem: string;
};

/**
 * What the Cite control shows: the reference, rendered here at build time (citeproc stays on
 * the server), and where each format's file is.
 */
export function citeView(
  ds: Dataset,
  target: CiteTarget,
  lang: UiLang,
  { withReference = true } = {},
): CiteView | undefined {
  const item = citeItem(ds, target, lang);
  if (!item) return undefined;
  const [first] = CITE_FORMATS;
  const stem = citeHref(target, lang, first.format).slice(0, -(first.extension.length + 1));
  return {
    reference: withReference ? referenceText(item, lang) : undefined,
    stem,
    fileStem: `inzet-${stem.slice("/data/cite/".length).replaceAll("/", "-")}`,
  };
}
