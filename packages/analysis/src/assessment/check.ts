// What the schema cannot see: the ratings against the declared scale and against the dataset.
import type { Dataset, LocalizedText, ValidationIssue } from "@inzet/data";
import { getMission } from "@inzet/data/queries";
import { checkScale, checkWeights } from "./check-meta.js";
import { checkRated } from "./check-rated.js";
import { type Path, problem } from "./problem.js";
import type { Assessment } from "./schema.js";

const didYouMean = (ds: Dataset, key: string): LocalizedText => {
  const m = getMission(ds, key);
  return m
    ? {
        en: `Use the mission's id: ${m.id} (${m.acronym}).`,
        nl: `Gebruik de id van de missie: ${m.id} (${m.acronym}).`,
      }
    : {
        en: "Use a mission id of the dataset (e.g. as `inzet list --json` gives them).",
        nl: "Gebruik een missie-id uit de dataset (bv. zoals `inzet list --json` ze geeft).",
      };
};

/** Every problem the schema cannot see, all at once, each with its path and fix. */
export function checkAssessment(a: Assessment, ds: Dataset): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  checkScale(a, out);
  checkWeights(a, ds, out);
  const missions = new Set<string>(ds.missions.map((m) => m.id));
  const considerations = new Set<string>(ds.considerations.map((c) => c.id));
  const sources = new Set<string>(ds.sources.map((s) => s.id));
  const seen = new Map<string, number>();
  a.ratings.forEach((r, i) => {
    const at = (...path: Path): Path => ["ratings", i, ...path];
    if (!missions.has(r.contribution))
      out.push(
        problem(
          "unknownReference",
          at("contribution"),
          {
            en: `No mission "${r.contribution}" in the dataset.`,
            nl: `Geen missie "${r.contribution}" in de dataset.`,
          },
          didYouMean(ds, r.contribution),
        ),
      );
    if (!considerations.has(r.consideration))
      out.push(
        problem(
          "unknownReference",
          at("consideration"),
          {
            en: `No consideration "${r.consideration}" in the dataset.`,
            nl: `Geen afweging "${r.consideration}" in de dataset.`,
          },
          {
            en: `Use one of: ${[...considerations].join(", ")}.`,
            nl: `Gebruik een van: ${[...considerations].join(", ")}.`,
          },
        ),
      );
    const key = `${r.contribution}\u0000${r.consideration}`;
    const first = seen.get(key);
    if (first !== undefined)
      out.push(
        problem(
          "duplicateId",
          at(),
          {
            en: `${r.contribution} is rated on ${r.consideration} twice (also at ratings[${first}]).`,
            nl: `${r.contribution} is twee keer beoordeeld op ${r.consideration} (ook bij ratings[${first}]).`,
          },
          {
            en: "Keep one rating per contribution and consideration.",
            nl: "Houd één beoordeling per bijdrage en afweging.",
          },
        ),
      );
    else seen.set(key, i);
    r.evidence?.forEach((c, j) => {
      if (!sources.has(c.source))
        out.push(
          problem(
            "unknownReference",
            at("evidence", j, "source"),
            {
              en: `No source "${c.source}" in the dataset.`,
              nl: `Geen bron "${c.source}" in de dataset.`,
            },
            {
              en: "Cite a source id of the dataset (`inzet sources` lists them).",
              nl: "Citeer een bron-id uit de dataset (`inzet sources` somt ze op).",
            },
          ),
        );
    });
    checkRated(a, r, at, out);
  });
  return out;
}
