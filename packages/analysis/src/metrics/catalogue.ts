// What each portfolio metric means; the README has the same definitions.
import type { LocalizedText } from "@inzet/data";

export const METRIC_IDS = [
  "contributions",
  "groups",
  "regions",
  "countries",
  "personnel",
  "tokenShare",
  "concentration",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export type MetricDefinition = { id: MetricId; name: LocalizedText; definition: LocalizedText };

const def = (id: MetricId, name: LocalizedText, definition: LocalizedText) => ({
  id,
  name,
  definition,
});

export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = {
  contributions: def(
    "contributions",
    { en: "Contributions", nl: "Bijdragen" },
    {
      en: "How many contributions the portfolio holds: one per mission.",
      nl: "Hoeveel bijdragen de portefeuille telt: één per missie.",
    },
  ),
  groups: def(
    "groups",
    { en: "Groups", nl: "Groepen" },
    {
      en: "How many groups hold at least one contribution; a contribution in no group is a group of its own.",
      nl: "Hoeveel groepen ten minste één bijdrage hebben; een bijdrage zonder groep is een groep op zich.",
    },
  ),
  regions: def(
    "regions",
    { en: "Regions", nl: "Regio's" },
    {
      en: "How many distinct regions (UN M49) the contributions operate in. A contribution without a known area may add one: the upper bound counts each such contribution as a new region.",
      nl: "In hoeveel verschillende regio's (VN M49) de bijdragen actief zijn. Een bijdrage zonder bekend gebied kan er een toevoegen: de bovengrens telt elke zo'n bijdrage als een nieuwe regio.",
    },
  ),
  countries: def(
    "countries",
    { en: "Countries", nl: "Landen" },
    {
      en: "How many distinct countries the missions' areas cover; unknown areas count as for regions.",
      nl: "Hoeveel verschillende landen de missiegebieden beslaan; onbekende gebieden tellen als bij regio's.",
    },
  ),
  personnel: def(
    "personnel",
    { en: "Personnel", nl: "Personeel" },
    {
      en: "Total Dutch personnel: the contributions' figures added as intervals. Where the letter gives a group a figure, the members still in the portfolio hold no less and no more than that figure leaves after the members' own figures.",
      nl: "Totaal Nederlands personeel: de aantallen van de bijdragen opgeteld als bereiken. Waar de brief een groep een aantal geeft, houden de leden die nog in de portefeuille zitten niet minder en niet meer dan dat aantal overlaat na de eigen aantallen van de leden.",
    },
  ),
  tokenShare: def(
    "tokenShare",
    { en: "Share of token contributions", nl: "Aandeel symbolische bijdragen" },
    {
      en: "The share of contributions with at most the threshold's number of people (five by default): from the share that certainly are to the share that may be.",
      nl: "Het aandeel bijdragen met ten hoogste het drempelaantal mensen (standaard vijf): van het aandeel dat het zeker is tot het aandeel dat het kan zijn.",
    },
  ),
  concentration: def(
    "concentration",
    { en: "Concentration (HHI)", nl: "Concentratie (HHI)" },
    {
      en: "Herfindahl–Hirschman index over groups by personnel: the sum of the squares of each group's share of all personnel, from 1/n (n groups of equal size) to 1 (everyone in one group); × 10,000 gives the antitrust scale. The lowest and highest value over every combination of group totals the figures allow; the highest is 1 when a group's figure has no upper bound.",
      nl: "Herfindahl-Hirschman-index over de groepen naar personeel: de som van de kwadraten van het aandeel van elke groep in het totale personeel, van 1/n (n even grote groepen) tot 1 (iedereen in één groep); × 10.000 geeft de mededingingsschaal. De laagste en hoogste waarde over alle combinaties van groepstotalen die de aantallen toelaten; de hoogste is 1 als het aantal van een groep geen bovengrens heeft.",
    },
  ),
};
