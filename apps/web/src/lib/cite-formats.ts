// The citation formats the Cite control offers, with their file endings: a plain list the
// browser's code can import (the formats themselves are written by @inzet/publish at build time).
export const CITE_FORMATS = [
  { format: "bibtex", name: "BibTeX", extension: "bib" },
  { format: "ris", name: "RIS", extension: "ris" },
  { format: "csl", name: "CSL-JSON", extension: "json" },
] as const;

export type CiteFormat = (typeof CITE_FORMATS)[number];
