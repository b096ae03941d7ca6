import { isCountryCode } from "../../model/countries.js";
import { missionFacts } from "../../model/mission-facts.js";
import type { RuleContext } from "./context.js";

const LIFETIME = {
  en: "The mission ends before it starts",
  nl: "De missie eindigt voordat ze begint",
};
const PARTICIPATION = {
  en: "Dutch participation ends before it starts",
  nl: "De Nederlandse deelname eindigt voordat ze begint",
};
const RUNNING = {
  en: "The mission ended before a source says it was still running",
  nl: "De missie eindigde voordat een bron zegt dat ze nog liep",
};
const NL_RUNNING = {
  en: "Dutch participation ended before a source says it was still going on",
  nl: "De Nederlandse deelname eindigde voordat een bron zegt dat ze nog liep",
};
const EARLY = {
  en: "Dutch participation starts before the mission",
  nl: "De Nederlandse deelname begint vóór de missie",
};

/** References, citations, dates and geography of each mission. */
export function checkMissions({
  parsed,
  report,
  reference,
  citation,
  dateOrder,
}: RuleContext): void {
  for (const { index, item: m } of parsed.missions) {
    reference(() => ["missions", index, "organisation"], "organisations", m.organisation);
    for (const [i, c] of m.citations.entries())
      citation(() => ["missions", index, "citations", i], c);
    for (const { path, fact } of missionFacts(m)) {
      for (const [i, c] of fact.citations.entries())
        citation(() => ["missions", index, ...path, "citations", i], c);
      if (fact.citations.length === 0 && fact.unverified !== true) {
        report(
          "uncitedFact",
          ["missions", index, ...path],
          {
            en: "A fact without citations is not marked unverified.",
            nl: "Een feit zonder bronvermelding is niet als onbevestigd gemarkeerd.",
          },
          {
            en: "Add a citation, or set unverified: true with a note saying why it is not sourced.",
            nl: "Voeg een bronvermelding toe, of zet unverified: true met een toelichting.",
          },
        );
      }
    }
    const predecessor = m.predecessor?.value.mission;
    if (predecessor !== undefined)
      reference(
        () => ["missions", index, "predecessor", "value", "mission"],
        "missions",
        predecessor,
      );
    const successor = m.successor?.value.mission;
    if (successor !== undefined)
      reference(() => ["missions", index, "successor", "value", "mission"], "missions", successor);

    const nl = m.netherlands;
    if (m.start && m.end)
      dateOrder(["missions", index, "end", "value"], m.start.value, m.end.value, LIFETIME);
    if (nl.start && nl.end)
      dateOrder(
        ["missions", index, "netherlands", "end", "value"],
        nl.start.value,
        nl.end.value,
        PARTICIPATION,
      );
    if (m.runningAsOf && m.end)
      dateOrder(["missions", index, "end", "value"], m.runningAsOf.value, m.end.value, RUNNING);
    if (nl.runningAsOf && nl.end)
      dateOrder(
        ["missions", index, "netherlands", "end", "value"],
        nl.runningAsOf.value,
        nl.end.value,
        NL_RUNNING,
      );
    if (m.start && nl.start)
      dateOrder(
        ["missions", index, "netherlands", "start", "value"],
        m.start.value,
        nl.start.value,
        EARLY,
      );

    m.area.value.countries.forEach((code, i) => {
      if (isCountryCode(code)) return;
      report(
        "countryCode",
        ["missions", index, "area", "value", "countries", i],
        {
          en: `"${code}" is not an ISO 3166-1 alpha-2 country code.`,
          nl: `"${code}" is geen ISO 3166-1 alpha-2-landcode.`,
        },
        {
          en: "Use a two-letter code such as BA, XK (Kosovo) or SS.",
          nl: "Gebruik een code van twee letters, zoals BA, XK (Kosovo) of SS.",
        },
      );
    });
    m.headquarters.forEach((hq, i) => {
      const c = hq.value.coordinates?.value;
      if (c?.lat !== 0 || c.lon !== 0) return;
      report(
        "coordinates",
        ["missions", index, "headquarters", i, "value", "coordinates", "value"],
        {
          en: "Coordinates 0, 0 lie in the open ocean: a placeholder, not a place.",
          nl: "Coördinaten 0, 0 liggen in open oceaan: een opvulwaarde, geen plaats.",
        },
        {
          en: "Give the real coordinates or leave them out.",
          nl: "Geef de echte coördinaten of laat ze weg.",
        },
      );
    });
  }
}
