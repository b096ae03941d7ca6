// The burden proxy: personnel, whether it is a token contribution, and the number of locations.

import type { Citation, LocalizedText, Quantity } from "@inzet/data";
import type { Bounds } from "@inzet/data/queries";
import type { Contribution, Portfolio } from "../portfolio/portfolio.js";
import { type TokenAnswer, tokenAnswer } from "../portfolio/token.js";
import { toBounds } from "../span.js";
import { type Indicator, known, unknown } from "./indicator.js";

export type PersonnelValue = { quantity: Quantity; bounds: Bounds };

/** The contribution's own figure, and where the group figure narrowed it, that and the others'. */
function personnelCitations(p: Portfolio, c: Contribution): Citation[] {
  const own = c.figure ? [c.figure.citation] : [];
  const gf = c.part === null ? undefined : p.groupFigures.get(c.part);
  if (!gf || !c.personnel.narrowed) return own;
  const others = [...gf.members].flatMap(([id, m]) =>
    id !== c.id && m.figure && m.figure.quantity.qualifier !== "unknown" ? [m.figure.citation] : [],
  );
  return [...own, gf.figure.citation, ...others];
}

const text = (en: string, nl: string): LocalizedText => ({ en, nl });

function personnelNotes(c: Contribution): LocalizedText[] {
  const notes: LocalizedText[] = [];
  if (c.personnel.narrowed)
    notes.push(
      text(
        "Narrowed by the group's figure and the other members' figures.",
        "Versmald door het aantal van de groep en de aantallen van de andere leden.",
      ),
    );
  if (c.personnel.conflict)
    notes.push(
      text(
        "The group's figure and its members' figures contradict each other: the own figure alone is used.",
        "Het aantal van de groep en de aantallen van de leden spreken elkaar tegen: alleen het eigen aantal telt.",
      ),
    );
  if (c.origin === "scenario" || (c.figure === null && c.quantity.qualifier !== "unknown"))
    notes.push(
      text(
        "Set by the scenario, not by a source.",
        "Door het scenario gegeven, niet door een bron.",
      ),
    );
  return notes;
}

export function personnel(p: Portfolio, c: Contribution): Indicator<PersonnelValue> {
  const bounds = toBounds(c.personnel.span);
  const parts = {
    approximate: bounds.approximate,
    notes: personnelNotes(c),
    citations: personnelCitations(p, c),
  };
  const nothingKnown =
    c.quantity.qualifier === "unknown" && bounds.low === 0 && bounds.high === null;
  if (nothingKnown)
    return unknown(
      "personnel",
      text(`No source gives a figure for ${p.year}.`, `Geen bron noemt een aantal voor ${p.year}.`),
      parts,
    );
  return known("personnel", { quantity: c.quantity, bounds }, parts);
}

export type TokenValue = { answer: TokenAnswer; threshold: number };

export function token(p: Portfolio, c: Contribution, threshold: number): Indicator<TokenValue> {
  const answer = tokenAnswer(c.personnel.span, threshold);
  const notes =
    answer === "indeterminate"
      ? [
          text(
            `The personnel interval does not settle whether it is at most ${threshold}.`,
            `Het personeelsbereik beslist niet of het ten hoogste ${threshold} is.`,
          ),
        ]
      : [];
  return known(
    "token",
    { answer, threshold },
    {
      notes,
      approximate: c.personnel.span.highSoft || c.personnel.span.lowSoft,
      citations: personnelCitations(p, c),
    },
  );
}

export function locations(c: Contribution): Indicator<number> {
  const hqs = c.mission?.headquarters ?? [];
  if (hqs.length === 0)
    return unknown(
      "locations",
      text(
        "The dataset lists no headquarters or locations for it.",
        "De dataset noemt er geen hoofdkwartieren of locaties voor.",
      ),
    );
  return known("locations", hqs.length, {
    citations: hqs.flatMap((h) => h.citations),
    unverified: hqs.some((h) => h.unverified === true),
  });
}
