import type { RuleContext } from "./context.js";

/** An edition's letter, annex and missions exist; one edition per reporting year. */
export function checkEditions({ parsed, report, reference, citation }: RuleContext): void {
  const years = new Map<number, string>();
  for (const { index, item: e } of parsed.editions) {
    reference(() => ["editions", index, "letter"], "sources", e.letter);
    if (e.annex !== undefined) reference(() => ["editions", index, "annex"], "sources", e.annex);
    for (const [i, c] of (e.date?.citations ?? []).entries())
      citation(() => ["editions", index, "date", "citations", i], c);
    e.covers.forEach((cover, i) => {
      reference(() => ["editions", index, "covers", i, "mission"], "missions", cover.mission);
      citation(() => ["editions", index, "covers", i, "citation"], cover.citation);
    });
    const other = years.get(e.reportingYear);
    if (other === undefined) years.set(e.reportingYear, e.id);
    else
      report(
        "duplicateId",
        ["editions", index, "reportingYear"],
        {
          en: `Edition "${other}" already reports on ${e.reportingYear}.`,
          nl: `Editie "${other}" rapporteert al over ${e.reportingYear}.`,
        },
        {
          en: "Keep one edition per year; put a correction in the edition's note.",
          nl: "Houd één editie per jaar; zet een correctie in de toelichting van de editie.",
        },
      );
  }
}

/** One count per year and kind of mission. */
export function checkMissionCounts({ parsed, report }: RuleContext): void {
  const seen = new Map<string, string>();
  for (const { index, item: c } of parsed.missionCounts) {
    const key = `${c.year}:${c.kind}`;
    const other = seen.get(key);
    if (other === undefined) seen.set(key, c.id);
    else
      report(
        "duplicateId",
        ["missionCounts", index, "year"],
        {
          en: `"${other}" already counts the ${c.kind} missions of ${c.year}.`,
          nl: `"${other}" telt de ${c.kind === "civilian" ? "civiele" : "militaire"} missies van ${c.year} al.`,
        },
        {
          en: "Keep one count per year and kind; where sources differ, keep the official one and say so in its note.",
          nl: "Houd één telling per jaar en soort; verschillen bronnen, houd dan de officiële en zeg dat in de toelichting.",
        },
      );
  }
}
