// A rating given must be on the scale, with a rationale, an author and a date.
import type { ValidationIssue } from "@inzet/data";
import { type Path, problem } from "./problem.js";
import type { Assessment, Rating } from "./schema.js";

export function checkRated(
  a: Assessment,
  r: Rating,
  at: (...path: Path) => Path,
  out: ValidationIssue[],
): void {
  if (r.rating === null) return;
  const scale = new Set(a.meta.scale.map((l) => l.value));
  const levels = [...scale].join(", ");
  if (!scale.has(r.rating))
    out.push(
      problem(
        "schema",
        at("rating"),
        {
          en: `${r.rating} is not on the declared scale.`,
          nl: `${r.rating} staat niet op de opgegeven schaal.`,
        },
        {
          en: `Use one of: ${levels}, or null for not rated.`,
          nl: `Gebruik een van: ${levels}, of null voor niet beoordeeld.`,
        },
      ),
    );
  if (!r.rationale?.en && !r.rationale?.nl)
    out.push(
      problem(
        "schema",
        at("rationale"),
        {
          en: "A rating needs a written rationale.",
          nl: "Een beoordeling heeft een geschreven onderbouwing nodig.",
        },
        {
          en: "Add rationale: { en: …, nl: … } (one language is enough).",
          nl: "Voeg rationale: { en: …, nl: … } toe (één taal volstaat).",
        },
      ),
    );
  if (!r.author && !a.meta.author)
    out.push(
      problem(
        "schema",
        at("author"),
        { en: "A rating needs an author.", nl: "Een beoordeling heeft een auteur nodig." },
        {
          en: "Give author here or once in meta.author.",
          nl: "Geef author hier of één keer in meta.author.",
        },
      ),
    );
  if (!r.date && !a.meta.date)
    out.push(
      problem(
        "schema",
        at("date"),
        { en: "A rating needs a date.", nl: "Een beoordeling heeft een datum nodig." },
        {
          en: 'Give date here or once in meta.date, as "YYYY-MM-DD".',
          nl: 'Geef date hier of één keer in meta.date, als "JJJJ-MM-DD".',
        },
      ),
    );
}
