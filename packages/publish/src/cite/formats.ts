import { Cite } from "@citation-js/core";
// The plugins register their formats with core when loaded.
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "./csl.js";

// plugin-ris ships no types: its output format, as plugin-bibtex declares its own.
declare module "@citation-js/core" {
  namespace plugins.output {
    interface Formats {
      ris: (options?: { format?: string }) => string;
    }
  }
}

export const CITATION_FORMATS = ["bibtex", "ris", "csl"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The items as BibTeX, RIS or CSL-JSON text (citation-js renders BibTeX and RIS). */
export function formatCitations(items: readonly CslItem[], format: CitationFormat): string {
  if (format === "csl") return `${JSON.stringify(items, null, 2)}\n`;
  const text = new Cite(items as object[]).format(format);
  return `${(format === "ris" ? unwrapRis(text) : text).trim()}\n`;
}

/** What file name ending and media type a download of each format takes. */
export const CITATION_FILES: Record<CitationFormat, { extension: string; mediaType: string }> = {
  bibtex: { extension: "bib", mediaType: "application/x-bibtex" },
  ris: { extension: "ris", mediaType: "application/x-research-info-systems" },
  csl: { extension: "json", mediaType: "application/vnd.citationstyles.csl+json" },
};

/**
 * plugin-ris 0.8.2 breaks every value after 70 characters; readers (citation-js's own among
 * them) join a continuation line with a space, which breaks URLs and titles. RIS readers take
 * long lines, so each value goes back on one line. A continuation is a line that starts no tag
 * (an empty one too: a value of exactly 140 characters ends in a break); records are then set
 * apart by an empty line again.
 */
function unwrapRis(text: string): string {
  return text.replace(/\n(?![A-Z][A-Z0-9] {2}- )/g, "").replace(/\n(?=TY {2}- )/g, "\n\n");
}
