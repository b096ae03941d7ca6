// The empty assessment an analyst starts from: every contribution × consideration, unrated.

import type { Dataset } from "@inzet/data";
import { clusterOf } from "@inzet/data/queries";
import { evaluationScope } from "../portfolio/build.js";
import { DEFAULT_SCALE } from "./scale.js";
import { ASSESSMENT_SCHEMA_ID } from "./schema.js";

// JSON strings are YAML double-quoted scalars: safe for any name or label.
const q = (s: string) => JSON.stringify(s);

const HEADER = `# Inzet — assessment / beoordeling
#
# EN: Your judgement of each Dutch contribution against the six considerations of the 2014
#     evaluation (Kamerstuk 29 521 nr. 291). Judgements, not facts: this file is kept apart from
#     the dataset and nothing in it is checked against reality, only against the dataset's ids.
#     For each entry set rating to a value of the scale below (null = not rated), write a
#     rationale in en and/or nl, and cite evidence from the dataset's sources
#     (evidence: [{ source: evaluatie-2014, locator: "p. 45" }]). A rating needs an author and a
#     date: give them once in meta or per entry. Weights are optional; a weighted score is shown
#     beside the ratings, never instead of them.
# NL: Uw oordeel over elke Nederlandse bijdrage, getoetst aan de zes afwegingen van de evaluatie
#     2014 (Kamerstuk 29 521 nr. 291). Oordelen, geen feiten: dit bestand staat los van de
#     dataset en wordt alleen aan de id's van de dataset getoetst, niet aan de werkelijkheid.
#     Zet per regel rating op een waarde van de schaal hieronder (null = niet beoordeeld),
#     schrijf een onderbouwing (rationale) in en en/of nl, en citeer bewijs uit de bronnen van de
#     dataset. Een beoordeling heeft een auteur en een datum nodig: één keer in meta of per regel.
#     Gewichten zijn optioneel; een gewogen score staat naast de beoordelingen, nooit in plaats ervan.
`;

/** The YAML text of an empty assessment for the dataset: valid as it is, with nothing rated. */
export function assessmentTemplate(ds: Dataset): string {
  const considerations = [...ds.considerations].sort((a, b) => a.order - b.order);
  const { missions } = evaluationScope(ds);
  const lines = [
    HEADER,
    `$schema: ${q(ASSESSMENT_SCHEMA_ID)}`,
    "meta:",
    `  title: ${q("Assessment of the small contributions / Beoordeling van de kleine bijdragen")}`,
    "  author: null   # your name / uw naam",
    '  date: null     # "YYYY-MM-DD"',
    `  dataset: ${q(ds.meta.version)}`,
    "  # The ordinal scale, lowest first / De ordinale schaal, laagste eerst:",
    "  scale:",
    ...DEFAULT_SCALE.map(
      (l) => `    - { value: ${l.value}, label: { en: ${q(l.label.en)}, nl: ${q(l.label.nl)} } }`,
    ),
    "  # Optional weights per consideration / Optionele gewichten per afweging:",
    "  # weights:",
    ...considerations.map((c) => `  #   ${c.id}: 1`),
    "ratings:",
  ];
  for (const m of missions) {
    const group = clusterOf(ds, m.id)?.name;
    lines.push(
      "",
      `  # ${m.acronym} — ${m.name.en} / ${m.name.nl}${group ? ` · ${group.en} / ${group.nl}` : ""}`,
    );
    for (const c of considerations) {
      lines.push(
        `  - contribution: ${m.id}`,
        `    consideration: ${c.id}   # ${c.name.en} / ${c.name.nl}`,
        "    rating: null",
        "    rationale: {}",
        "    evidence: []",
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
