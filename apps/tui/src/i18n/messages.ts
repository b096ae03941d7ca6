import type { UiLang } from "@inzet/data";
import { IntlMessageFormat } from "intl-messageformat";
import { inert } from "../output/inert.js";
import { en, type MessageKey } from "./en.js";
import { nl } from "./nl.js";

export type { MessageKey };
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const CATALOGUES: Record<UiLang, Record<MessageKey, string>> = { en, nl };
const LOCALES: Record<UiLang, string> = { en: "en-GB", nl: "nl-NL" };

const compiled = new Map<string, IntlMessageFormat>();

function compile(lang: UiLang, key: MessageKey): IntlMessageFormat {
  const id = `${lang}:${key}`;
  let format = compiled.get(id);
  if (!format) {
    // ignoreTag: messages mention <id> and similar, which are text, not markup.
    format = new IntlMessageFormat(CATALOGUES[lang][key], LOCALES[lang], undefined, {
      ignoreTag: true,
    });
    compiled.set(id, format);
  }
  return format;
}

/** A message formatter for one language; string values are made inert (they may be data). */
export function translator(lang: UiLang): Translate {
  return (key, values = {}) => {
    const safe: MessageValues = {};
    for (const [name, value] of Object.entries(values))
      safe[name] = typeof value === "string" ? inert(value) : value;
    return String(compile(lang, key).format(safe));
  };
}
