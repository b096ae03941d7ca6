// Reading the dataset's source files (YAML, or JSON as its subset) with line numbers for issues.
// Pure: callers pass file names and texts; this entry has no file-system access.
import { type Document, LineCounter, parseDocument, visit } from "yaml";
import type { Dataset } from "./model/dataset.js";
import { type Fragment, type FragmentBase, loadFragments } from "./validate/fragments.js";
import { formatPath, issue, type ValidationIssue } from "./validate/issue.js";

export type DataFile = { file: string; text: string };
export type { FragmentBase };

/** An issue with the line it points at, where the file could be read. */
export type LocatedIssue = ValidationIssue & { line?: number };

/** `basedOn` names the base dataset when the files were checked as changes to it. */
export type FilesResult = (
  | { ok: true; dataset: Dataset }
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

/** How many times a file may expand an alias (`*name`): more is a "billion laughs" attack. */
const MAX_ALIAS_COUNT = 100;

const SYNTAX_HINT = {
  en: "Fix the YAML/JSON syntax there (indentation, quotes, brackets, commas, duplicate keys).",
  nl: "Herstel daar de YAML/JSON-syntaxis (inspringing, aanhalingstekens, haakjes, komma's, dubbele sleutels).",
};

const located = (i: ValidationIssue, file: string, line: number | undefined): LocatedIssue => ({
  ...i,
  file,
  ...(line === undefined ? {} : { line }),
});

const unreadable = (file: string, reason: string, line: number | undefined): LocatedIssue =>
  located(
    issue(
      "syntax",
      [],
      { en: `Cannot read the file: ${reason}`, nl: `Het bestand is niet leesbaar: ${reason}` },
      SYNTAX_HINT,
    ),
    file,
    line,
  );

// The YAML reader stops at nesting its stack cannot hold and says so in a programmer's words.
const tooDeep = (file: string, line: number | undefined): LocatedIssue =>
  located(
    issue(
      "syntax",
      [],
      {
        en: "Cannot read the file: it nests lists or mappings too deeply to be read.",
        nl: "Het bestand is niet leesbaar: lijsten of mappings zijn te diep in elkaar genest.",
      },
      {
        en: "Data files need only a few levels; remove the extra brackets or indentation from this line on.",
        nl: "Gegevensbestanden hebben maar enkele niveaus nodig; verwijder vanaf deze regel de extra haakjes of inspringing.",
      },
    ),
    file,
    line,
  );

const tooManyAliases = (file: string, line: number | undefined): LocatedIssue =>
  located(
    issue(
      "syntax",
      [],
      {
        en: `Cannot read the file: its aliases (*name) would expand more than ${MAX_ALIAS_COUNT} times, which is how a file is made to exhaust memory.`,
        nl: `Het bestand is niet leesbaar: de aliassen (*naam) zouden meer dan ${MAX_ALIAS_COUNT} keer uitgeschreven worden; zo wordt een bestand gemaakt dat het geheugen uitput.`,
      },
      {
        en: "Write the values out instead of referring to them with anchors (&name) and aliases (*name).",
        nl: "Schrijf de waarden uit in plaats van ernaar te verwijzen met ankers (&naam) en aliassen (*naam).",
      },
    ),
    file,
    line,
  );

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

function firstAliasLine({ doc, lines }: { doc: Document; lines: LineCounter }) {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

function parseFile({ file, text }: DataFile): Parsed | LocatedIssue[] {
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
      const line = parsed.lines.linePos(e.pos[0]).line;
      if (e.code === "RESOURCE_EXHAUSTION") return tooDeep(file, line);
      return unreadable(file, e.message.split("\n")[0] ?? e.code, line);
    });
  }
  try {
    return {
      fragment: { file, data: parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) },
      lineOf: lineFinder(text, parsed),
    };
  } catch (error) {
    // yaml throws a ReferenceError for an alias bomb; a stack overflow is a RangeError.
    if (error instanceof ReferenceError) return [tooManyAliases(file, firstAliasLine(parsed))];
    if (error instanceof RangeError) return [tooDeep(file, undefined)];
    throw error;
  }
}

/**
 * Reads one YAML or JSON file without validating it: its data and a line finder for JSON paths,
 * or its syntax issues, located, in plain words (also for alias bombs and runaway nesting).
 * For other formats kept beside the dataset (an analyst's assessments, say) that report issues
 * the way the dataset does. Syntax errors, alias bombs and runaway nesting are issues, not throws.
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
  if (result.ok) return { ...result, ...basedOn };
  return {
    ...basedOn,
    ok: false,
    issues: result.issues.map((i) => {
      const line = i.file === undefined ? undefined : parsed.get(i.file)?.lineOf(i.path);
      return line === undefined ? i : { ...i, line };
    }),
  };
}

/** "missions/untso.yaml:12  missions[0].start.value": where to look. */
export function issueLocation(i: LocatedIssue): string {
  const file = i.file === undefined ? "" : `${i.file}${i.line === undefined ? "" : `:${i.line}`}  `;
  return `${file}${formatPath(i.path)}`;
}
