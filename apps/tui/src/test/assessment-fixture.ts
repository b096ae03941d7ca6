// Assessment files for tests: one an analyst could have written, one with a mistake per kind.

/** Two ratings of EUFOR Althea with rationale and evidence, weights on two considerations. */
export const GOOD_ASSESSMENT = `meta:
  author: "A. Analyst"
  date: "2026-12-01"
  scale:
    - { value: 1, label: { en: strongly against keeping it, nl: sterk tegen voortzetting } }
    - { value: 2, label: { en: against keeping it, nl: tegen voortzetting } }
    - { value: 3, label: { en: neutral, nl: neutraal } }
  weights: { consideration-duration: 1, consideration-operational-burden: 2 }
ratings:
  - contribution: eufor-althea
    consideration: consideration-operational-burden
    rating: 1
    rationale:
      en: "Three to five people in a large EU operation."
      nl: "Drie tot vijf mensen in een grote EU-operatie."
    evidence: [{ source: evaluatie-2014, locator: "p. 45" }]
  - contribution: eufor-althea
    consideration: consideration-duration
    rating: 2
    rationale: { en: "Running for a decade." }
`;

/** Line 8: an unknown mission (eulex); line 14: a rating off the scale. */
export const BAD_ASSESSMENT = `meta:
  author: "A. Analyst"
  date: "2026-12-01"
  scale:
    - { value: 1, label: { en: against, nl: tegen } }
    - { value: 2, label: { en: for, nl: voor } }
ratings:
  - contribution: eulex
    consideration: consideration-duration
    rating: 1
    rationale: { en: "Too small." }
  - contribution: kfor
    consideration: consideration-duration
    rating: 9
    rationale: { en: "Off the scale." }
`;
