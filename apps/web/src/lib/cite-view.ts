import type { Dataset, UiLang } from "@inzet/data";
import {
  CITATION_FILES,
  CITATION_FORMATS,
  type CitationFormat,
  referenceText,
} from "@inzet/publish";
import { type CiteTarget, citeHref, citeItem, citeSegments } from "./cite-files";

/** How each format is called in a reference manager's import menu. */
export const FORMAT_NAMES: Record<CitationFormat, string> = {
  bibtex: "BibTeX",
  ris: "RIS",
  csl: "CSL-JSON",
};

export type CiteFileLink = { format: CitationFormat; name: string; href: string; fileName: string };
export type CiteView = { reference: string; files: CiteFileLink[] };

/**
 * What the Cite control shows: the reference in APA style, rendered here at build time (citeproc
 * stays on the server), and a link to each format's file.
 */
export function citeView(ds: Dataset, target: CiteTarget, lang: UiLang): CiteView | undefined {
  const item = citeItem(ds, target, lang);
  if (!item) return undefined;
  return {
    reference: referenceText(item, lang),
    files: CITATION_FORMATS.map((format) => ({
      format,
      name: FORMAT_NAMES[format],
      href: citeHref(target, lang, format),
      fileName: `inzet-${citeSegments(target, lang, format).join("-")}`.replace(
        /\.[a-z]+$/,
        `.${CITATION_FILES[format].extension}`,
      ),
    })),
  };
}
