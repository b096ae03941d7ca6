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

const compiled = new Map<string, IntlMessageFormat | string>();
// Text with no ICU syntax is its own result: no parse, no locale lookup (a faster first frame).
const PLAIN = /^[^{}'#<]*$/;

function compile(lang: UiLang, key: MessageKey): IntlMessageFormat | string {
  const id = `${lang}:${key}`;
  let format = compiled.get(id);
  if (format === undefined) {
    const message = CATALOGUES[lang][key];
    if (PLAIN.test(message)) {
      compiled.set(id, message);
      return message;
    }
    // ignoreTag: messages mention <id> and similar, which are text, not markup.
    format = new IntlMessageFormat(message, LOCALES[lang], undefined, {
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
    const format = compile(lang, key);
    return typeof format === "string" ? format : String(format.format(safe));
  };
}
