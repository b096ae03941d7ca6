// What can make a dataset file unreadable before its content is even looked at — bytes that are
// not UTF-8 text, binary data, an alias bomb, nesting deeper than a parser's stack — said in words
// a person editing the file understands, with the line where it can be found. Pure: no file system.
import type { LocalizedText } from "./model/primitives.js";

/** Why a file cannot be read, how to fix it, and where: the line it is on. */
export type Unreadable = { reason: LocalizedText; fix: LocalizedText; line?: number };

const SAVE_AS_UTF8 = {
  en: "Open it in a text editor and save it with the UTF-8 encoding.",
  nl: "Open het in een teksteditor en sla het op met de codering UTF-8.",
};
const RIGHT_FILE = {
  en: "Give a dataset file: YAML (.yaml) or JSON (.json) text.",
  nl: "Geef een datasetbestand: YAML- (.yaml) of JSON-tekst (.json).",
};
const WRITE_OUT = {
  en: "Write the values out; the dataset's own files use no aliases.",
  nl: "Schrijf de waarden uit; de eigen bestanden van de dataset gebruiken geen aliassen.",
};
const FLATTEN = {
  en: "Check the brackets and indentation: an item nests a few levels, never thousands.",
  nl: "Controleer de haakjes en inspringing: een item nest een paar niveaus, nooit duizenden.",
};

/** YAML aliases allowed per file: the dataset's own files need none; an alias bomb needs thousands. */
export const MAX_ALIASES = 100;

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * The text of a file given as bytes, or why it is not UTF-8 (the encoding every dataset file and
 * every JSON export uses). A byte-order mark is allowed and dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string } | Unreadable {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // The lenient decoder marks what it cannot read with U+FFFD: the first one is the place.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    return {
      reason: {
        en: "it is not UTF-8 text (a character there cannot be read).",
        nl: "het is geen UTF-8-tekst (daar staat een onleesbaar teken).",
      },
      fix: SAVE_AS_UTF8,
      line: lineAt(lenient, Math.max(0, lenient.indexOf("\ufffd"))),
    };
  }
}

/** Binary data (an image, an archive, a compiled file) passed as a dataset file. */
export function binaryContent(text: string): Unreadable | undefined {
  const head = text.slice(0, 8192);
  const nul = head.indexOf("\u0000");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const controls = head.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (nul === -1 && controls <= head.length / 20) return undefined;
  return {
    reason: {
      en: "it holds binary data, not text: is it the right file?",
      nl: "het bevat binaire gegevens, geen tekst: is het het juiste bestand?",
    },
    fix: RIGHT_FILE,
    line: lineAt(head, nul === -1 ? 0 : nul),
  };
}

/** A parser's own exception, put in words: alias bombs and nesting beyond the stack. */
export function parserFailure(error: unknown, text: string): Unreadable | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (/alias count/i.test(message)) {
    const alias = /(^|[\s[,:-])\*[^\s,\]}]/m.exec(text);
    return {
      reason: {
        en: `it uses more than ${MAX_ALIASES} YAML aliases (*name), which would expand without limit.`,
        nl: `het gebruikt meer dan ${MAX_ALIASES} YAML-aliassen (*naam), die onbeperkt zouden uitdijen.`,
      },
      fix: WRITE_OUT,
      ...(alias ? { line: lineAt(text, alias.index) } : {}),
    };
  }
  if (error instanceof RangeError || /call stack/i.test(message))
    return {
      reason: {
        en: "it is nested too deeply to read (thousands of levels of brackets or indentation).",
        nl: "het is te diep genest om te lezen (duizenden niveaus haakjes of inspringing).",
      },
      fix: FLATTEN,
      line: 1,
    };
  return undefined;
}
