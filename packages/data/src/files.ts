// Reading the dataset's source files (YAML, or JSON as its subset) with line numbers for issues.
// Pure: callers pass file names and texts; this entry has no file-system access.
import { type Document, LineCounter, parseDocument } from "yaml";
import {
  binaryContent,
  decodeText,
  MAX_ALIASES,
  parserFailure,
  type Unreadable,
} from "./file-guards.js";
import type { Dataset } from "./model/dataset.js";
import type { LocalizedText } from "./model/primitives.js";
import { type Fragment, type FragmentBase, loadFragments } from "./validate/fragments.js";
import { formatPath, issue, type ValidationIssue } from "./validate/issue.js";

/** A dataset file: its name and its text, or its bytes (decoded as UTF-8, with a located error if not). */
export type DataFile = { file: string; text: string } | { file: string; bytes: Uint8Array };
export type { FragmentBase };

/** An issue with the line it points at, where the file could be read. */
export type LocatedIssue = ValidationIssue & { line?: number };

/** `basedOn` names the base dataset when the files were checked as changes to it. */
export type FilesResult = (
  | { ok: true; dataset: Dataset; warnings: LocatedIssue[] }
  | { ok: false; issues: LocatedIssue[] }
) & {
  basedOn?: string;
};

/** One file read: its data, and the line a JSON path within it starts on. */
export type ParsedFile = {
  file: string;
  data: unknown;
  lineOf: (path: (string | number)[]) => number | undefined;
};

type Parsed = { fragment: Fragment; lineOf: ParsedFile["lineOf"] };

const SYNTAX_FIX = {
  en: "Fix the YAML/JSON syntax there (indentation, quotes, brackets, commas, duplicate keys).",
  nl: "Herstel daar de YAML/JSON-syntaxis (inspringing, aanhalingstekens, haakjes, komma's, dubbele sleutels).",
};

const unreadable = (
  file: string,
  reason: string | LocalizedText,
  line: number | undefined,
  fix: LocalizedText = SYNTAX_FIX,
): LocatedIssue => {
  const why = typeof reason === "string" ? { en: reason, nl: reason } : reason;
  return {
    ...issue(
      "syntax",
      [],
      { en: `Cannot read the file: ${why.en}`, nl: `Het bestand is niet leesbaar: ${why.nl}` },
      fix,
    ),
    file,
    ...(line === undefined ? {} : { line }),
  };
};

const fromGuard = (file: string, u: Unreadable) => unreadable(file, u.reason, u.line, u.fix);

function yamlDocument(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return {
    doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }),
    lines,
  };
}

function lineFinder(text: string, parsed?: { doc: Document; lines: LineCounter }) {
  let cache = parsed;
  return (path: (string | number)[]) => {
    cache ??= yamlDocument(text);
    const { doc, lines } = cache;
    // A missing field is reported at the nearest node that exists: its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
    }
    return undefined;
  };
}

// Node 20's JSON.parse does not always give a position; the YAML reader finds the line instead.
function jsonErrorLine(text: string): number | undefined {
  const { doc, lines } = yamlDocument(text);
  const error = doc.errors[0];
  return error ? lines.linePos(error.pos[0]).line : undefined;
}

function parseFile(data: DataFile): Parsed | LocatedIssue[] {
  const decoded = "text" in data ? data : decodeText(data.bytes);
  if (!("text" in decoded)) return [fromGuard(data.file, decoded)];
  const binary = binaryContent(decoded.text);
  if (binary) return [fromGuard(data.file, binary)];
  try {
    return parseText({ file: data.file, text: decoded.text });
  } catch (error) {
    // The YAML reader's alias guard and the stack's limit end in exceptions.
    const failure = parserFailure(error, decoded.text);
    if (failure) return [fromGuard(data.file, failure)];
    throw error;
  }
}

function parseText({ file, text }: { file: string; text: string }): Parsed | LocatedIssue[] {
  if (/\.json$/i.test(file)) {
    // JSON.parse is far faster on large exports; the YAML reader is used only to find lines.
    try {
      return { fragment: { file, data: JSON.parse(text) }, lineOf: lineFinder(text) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = /position (\d+)/.exec(message)?.[1];
      return [
        unreadable(
          file,
          message.split("\n")[0] ?? message,
          at === undefined ? jsonErrorLine(text) : text.slice(0, Number(at)).split("\n").length,
        ),
      ];
    }
  }
  const parsed = yamlDocument(text);
  if (parsed.doc.errors.length > 0) {
    return parsed.doc.errors.map((e) => {
      const deep = parserFailure(e, text);
      if (deep) return fromGuard(file, deep);
      return unreadable(
        file,
        e.message.split("\n")[0] ?? e.code,
        parsed.lines.linePos(e.pos[0]).line,
      );
    });
  }
  return {
    fragment: { file, data: parsed.doc.toJS({ maxAliasCount: MAX_ALIASES }) },
    lineOf: lineFinder(text, parsed),
  };
}

/**
 * Reads one YAML or JSON file (for formats kept beside the dataset, such as assessments): its data
 * with a line finder, or why it cannot be read — located, in plain words, never a throw.
 */
export function parseDataFile(f: DataFile): ParsedFile | LocatedIssue[] {
  const result = parseFile(f);
  return Array.isArray(result)
    ? result
    : { file: f.file, data: result.fragment.data, lineOf: result.lineOf };
}

/**
 * Parses and validates a dataset kept in one or more YAML/JSON files. Syntax errors are reported
 * on their own (a file that cannot be read would only cause follow-up errors); otherwise every
 * schema and cross-reference issue, each with file, JSON path and line. When no file gives `meta`
 * and a `base` is given, the files are checked as changes to it.
 */
export function loadFiles(files: readonly DataFile[], base?: FragmentBase): FilesResult {
  const parsed = new Map<string, Parsed>();
  const syntax: LocatedIssue[] = [];
  for (const f of files) {
    const result = parseFile(f);
    if (Array.isArray(result)) syntax.push(...result);
    else parsed.set(f.file, result);
  }
  if (syntax.length > 0) return { ok: false, issues: syntax };
  const fragments = [...parsed.values()].map((p) => p.fragment);
  const hasMeta = fragments.some(
    (f) => typeof f.data === "object" && f.data !== null && "meta" in f.data,
  );
  const basedOn = base && !hasMeta ? { basedOn: base.name } : {};
  const result = loadFragments(fragments, base);
  const locate = (i: ValidationIssue): LocatedIssue => {
    const line = i.file === undefined ? undefined : parsed.get(i.file)?.lineOf(i.path);
    return line === undefined ? i : { ...i, line };
  };
  if (result.ok) return { ...result, warnings: result.warnings.map(locate), ...basedOn };
  return { ...basedOn, ok: false, issues: result.issues.map(locate) };
}

/** "missions/untso.yaml:12  missions[0].start.value": where to look. */
export function issueLocation(i: LocatedIssue): string {
  const file = i.file === undefined ? "" : `${i.file}${i.line === undefined ? "" : `:${i.line}`}  `;
  return `${file}${formatPath(i.path)}`;
}
