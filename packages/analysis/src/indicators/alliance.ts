// The factual side of alliance obligations: who leads the mission, in which framework.

import type { LocalizedText } from "@inzet/data";
import { FRAMEWORK_LABELS, type Framework } from "../frameworks.js";
import type { Contribution, Portfolio } from "../portfolio/portfolio.js";
import { type Indicator, known, unknown } from "./indicator.js";

export type FrameworkValue = {
  framework: Framework;
  label: LocalizedText;
  organisation: { id: string; name: LocalizedText } | null;
};

export function framework(p: Portfolio, c: Contribution): Indicator<FrameworkValue> {
  // A described contribution names its organisation by a plain id: look it up among the dataset's.
  const org = p.dataset.organisations.find((o) => o.id === c.organisation);
  // The mission's own citations name it and who leads it; the organisation is no separate fact.
  const citations = c.mission?.citations ?? [];
  const notes: LocalizedText[] =
    c.origin === "scenario"
      ? [
          {
            en: "Set by the scenario, not by a source.",
            nl: "Door het scenario gegeven, niet door een bron.",
          },
        ]
      : [];
  if (c.framework === null)
    return unknown(
      "framework",
      {
        en: "No framework follows from its organisation.",
        nl: "Uit de organisatie volgt geen kader.",
      },
      { citations, notes },
    );
  return known(
    "framework",
    {
      framework: c.framework,
      label: FRAMEWORK_LABELS[c.framework],
      organisation: org ? { id: org.id, name: org.name } : null,
    },
    { citations, notes },
  );
}
