import { type Citation, citationLocator, type UiLang } from "@inzet/data";
import type { Change, ChangeType, DatasetDiff } from "./diff.js";

export type DiffSummary = Record<ChangeType, number>;

export function diffSummary({ changes }: DatasetDiff): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0 };
  for (const c of changes) summary[c.type]++;
  return summary;
}

/** The diff for machines: a summary and every change, as JSON text. */
export function diffToJson(diff: DatasetDiff): string {
  return `${JSON.stringify({ summary: diffSummary(diff), changes: diff.changes }, null, 2)}\n`;
}

const WORDS = {
  en: {
    none: "No differences.",
    summary: (n: number, s: DiffSummary) =>
      `${n} ${n === 1 ? "change" : "changes"}: ${s.added} added, ${s.removed} removed, ${s.changed} changed.`,
    cited: "cited",
    was: "was cited",
  },
  nl: {
    none: "Geen verschillen.",
    summary: (n: number, s: DiffSummary) =>
      `${n} ${n === 1 ? "wijziging" : "wijzigingen"}: ${s.added} toegevoegd, ${s.removed} verwijderd, ${s.changed} gewijzigd.`,
    cited: "bron",
    was: "was bron",
  },
} as const;

const SIGN: Record<ChangeType, string> = { added: "+", removed: "-", changed: "~" };

/** A value on one line: text quoted, anything larger as JSON cut at `width` characters. */
function short(value: unknown, width = 100): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function sources(citations: readonly Citation[], lang: UiLang): string {
  return citations
    .map((c) => {
      const where = citationLocator(c, lang);
      return where ? `${c.source} (${where})` : c.source;
    })
    .join("; ");
}

function describe(c: Change, lang: UiLang): string[] {
  const w = WORDS[lang];
  const head =
    c.type === "changed"
      ? `~ ${c.at}: ${short(c.old)} → ${short(c.new)}`
      : `${SIGN[c.type]} ${c.at}: ${short(c.type === "added" ? c.new : c.old)}`;
  const lines = [head];
  const before = sources(c.citations.old, lang);
  const after = sources(c.citations.new, lang);
  if (after !== "") lines.push(`    ${w.cited}: ${after}`);
  if (before !== "" && before !== after) lines.push(`    ${w.was}: ${before}`);
  return lines;
}

/** The diff for people: one line per change (+ added, - removed, ~ changed), its sources, a total. */
export function diffToText(diff: DatasetDiff, lang: UiLang = "en"): string {
  const w = WORDS[lang];
  if (diff.changes.length === 0) return `${w.none}\n`;
  const lines = diff.changes.flatMap((c) => describe(c, lang));
  return `${lines.join("\n")}\n\n${w.summary(diff.changes.length, diffSummary(diff))}\n`;
}
