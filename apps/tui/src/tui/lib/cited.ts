import type { Citation, Dataset, UiLang } from "@inzet/data";
import { formatCitation } from "@inzet/data/queries";
import { quoted } from "../../output/format.js";
import { type Line, paragraph } from "./lines.js";
import { textView } from "./view-text.js";

/** A citation as a reader follows it: the source, the words quoted there, their translation. */
export function citationLines(ds: Dataset, c: Citation, lang: UiLang, width: number): Line[] {
  const view = textView(lang);
  const lines = paragraph(
    `${view.t("common.source")}: ${formatCitation(ds, c, lang)}`,
    width,
    "dim",
  );
  if (c.quote)
    lines.push(...paragraph(`${quoted(c.quote.text, view)} (${c.quote.lang})`, width, "quote"));
  if (c.translation)
    lines.push(
      ...paragraph(
        view.t("show.translation", { text: quoted(c.translation.text, view) }),
        width,
        "dim",
      ),
    );
  return lines;
}

/** The text `y` puts on the clipboard: the reference, and the quote in the source's words. */
export function citationText(ds: Dataset, c: Citation, lang: UiLang): string {
  const view = textView(lang);
  const ref = formatCitation(ds, c, lang);
  return c.quote ? `${ref}: ${quoted(c.quote.text, view)}` : ref;
}
