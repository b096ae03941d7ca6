import { Cite } from "@citation-js/core";
// citeproc-js and the CSL styles: about 1 MB, so only this module loads them.
import "@citation-js/plugin-csl";
import type { UiLang } from "@inzet/data";
import type { CslItem } from "./csl.js";

// The locales plugin-csl bundles: any other (en-GB) would be fetched from the network.
const LOCALES: Record<UiLang, string> = { en: "en-US", nl: "nl-NL" };

/** A reference to read and paste, in APA style, in English or Dutch. */
export function referenceText(item: CslItem, lang: UiLang): string {
  const text = new Cite([item]).format("bibliography", {
    format: "text",
    template: "apa",
    lang: LOCALES[lang],
  }) as string;
  return text.trim();
}
