import type { Citation } from "../../model/citation.js";
import type { Collection, Dataset } from "../../model/dataset.js";
import { isCertainlyBefore } from "../../model/dates.js";
import type { LocalizedText, PartialDate } from "../../model/primitives.js";
import { type IssueCode, issue, type Severity, type ValidationIssue } from "../issue.js";

export type Entry<T> = { index: number; item: T };
export type Parsed = { [C in Collection]: Entry<Dataset[C][number]>[] };
export type KnownIds = Record<Collection, Set<string>>;
export type Path = (string | number)[];

export const NOUN: Record<Collection, LocalizedText> = {
  sources: { en: "source", nl: "bron" },
  organisations: { en: "organisation", nl: "organisatie" },
  editions: { en: "edition", nl: "editie" },
  clusters: { en: "cluster", nl: "groep" },
  missions: { en: "mission", nl: "missie" },
  figures: { en: "figure", nl: "aantal" },
  missionCounts: { en: "mission count", nl: "aantal missies" },
  considerations: { en: "consideration", nl: "overweging" },
  statements: { en: "statement", nl: "uitspraak" },
};

/** What every rule needs: the parsed items, the ids that exist, and ways to report. */
export type RuleContext = {
  parsed: Parsed;
  report: (
    code: IssueCode,
    path: Path,
    message: LocalizedText,
    hint: LocalizedText,
    severity?: Severity,
  ) => void;
  /** Reports an unknown id; the path is built only then, as this runs for every reference. */
  reference: (path: () => Path, collection: Collection, id: string) => void;
  citation: (path: () => Path, c: Citation) => void;
  dateOrder: (path: Path, earlier: PartialDate, later: PartialDate, what: LocalizedText) => void;
};

export function ruleContext(
  parsed: Parsed,
  known: KnownIds,
  issues: ValidationIssue[],
): RuleContext {
  const report: RuleContext["report"] = (code, path, message, hint, severity) => {
    issues.push(issue(code, path, message, hint, severity));
  };
  const reference: RuleContext["reference"] = (path, collection, id) => {
    if (known[collection].has(id)) return;
    const noun = NOUN[collection];
    report(
      "unknownReference",
      path(),
      { en: `Unknown ${noun.en} "${id}".`, nl: `Onbekende ${noun.nl} "${id}".` },
      {
        en: `Use the id of an existing ${noun.en}, or add "${id}" to ${collection}.`,
        nl: `Gebruik het id van een bestaande ${noun.nl}, of voeg "${id}" toe aan ${collection}.`,
      },
    );
  };
  return {
    parsed,
    report,
    reference,
    citation: (path, c) => reference(() => [...path(), "source"], "sources", c.source),
    dateOrder: (path, earlier, later, what) => {
      if (!isCertainlyBefore(later, earlier)) return;
      report(
        "dateOrder",
        path,
        {
          en: `${what.en}: ${later} is before ${earlier}.`,
          nl: `${what.nl}: ${later} ligt vóór ${earlier}.`,
        },
        {
          en: "Check both dates against their sources.",
          nl: "Controleer beide data aan de hand van hun bronnen.",
        },
      );
    },
  };
}
