import type { UiLang } from "@inzet/data";
import { type Translate, translator } from "../i18n/messages.js";
import { type Style, styler } from "./colour.js";

/** What every renderer needs: the language, its messages, the terminal's styling and width. */
export type View = { lang: UiLang; t: Translate; style: Style; width: number | undefined };

/** width: a terminal's columns, so tables wrap to fit; undefined for pipes and files. */
export function makeView(lang: UiLang, colour = false, width?: number): View {
  return { lang, t: translator(lang), style: styler(colour), width };
}
