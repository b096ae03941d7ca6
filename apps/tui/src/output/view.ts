import type { UiLang } from "@inzet/data";
import { type Translate, translator } from "../i18n/messages.js";
import { type Style, styler } from "./colour.js";

/** What every renderer needs: the language, its messages and the terminal's styling. */
export type View = { lang: UiLang; t: Translate; style: Style };

export function makeView(lang: UiLang, colour = false): View {
  return { lang, t: translator(lang), style: styler(colour) };
}
