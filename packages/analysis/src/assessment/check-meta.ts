// The assessment's meta against itself and the dataset: a rising scale, weights on real
// considerations.
import type { Dataset, ValidationIssue } from "@inzet/data";
import { problem } from "./problem.js";
import type { Assessment } from "./schema.js";

export function checkScale(a: Assessment, out: ValidationIssue[]) {
  a.meta.scale.forEach((level, i) => {
    const before = a.meta.scale[i - 1];
    if (before && level.value <= before.value)
      out.push(
        problem(
          "duplicateOrder",
          ["meta", "scale", i, "value"],
          {
            en: `Scale value ${level.value} does not rise above ${before.value}.`,
            nl: `Schaalwaarde ${level.value} ligt niet boven ${before.value}.`,
          },
          {
            en: "List the scale lowest first, each value higher than the one before.",
            nl: "Zet de schaal van laag naar hoog, elke waarde hoger dan de vorige.",
          },
        ),
      );
  });
}

export function checkWeights(a: Assessment, ds: Dataset, out: ValidationIssue[]) {
  const weights = a.meta.weights;
  if (!weights) return;
  const ids = new Set<string>(ds.considerations.map((c) => c.id));
  for (const key of Object.keys(weights))
    if (!ids.has(key))
      out.push(
        problem(
          "unknownReference",
          ["meta", "weights", key],
          {
            en: `No consideration "${key}" in the dataset.`,
            nl: `Geen afweging "${key}" in de dataset.`,
          },
          {
            en: `Weigh one of: ${[...ids].join(", ")}.`,
            nl: `Weeg een van: ${[...ids].join(", ")}.`,
          },
        ),
      );
  if (Object.keys(weights).length > 0 && Object.values(weights).every((w) => w === 0))
    out.push(
      problem(
        "schema",
        ["meta", "weights"],
        {
          en: "Every weight is 0: no weighted score can be given.",
          nl: "Elk gewicht is 0: er is geen gewogen score te geven.",
        },
        {
          en: "Give at least one consideration a weight above 0, or leave weights out.",
          nl: "Geef ten minste één afweging een gewicht boven 0, of laat de gewichten weg.",
        },
      ),
    );
}
