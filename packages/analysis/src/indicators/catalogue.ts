// What each indicator means, in words an analyst reads; the README has the same definitions.
import type { LocalizedText } from "@inzet/data";

export const INDICATOR_IDS = [
  "missionDuration",
  "participationDuration",
  "sameGroup",
  "sameRegion",
  "sameCountry",
  "headquartersDistance",
  "framework",
  "personnel",
  "token",
  "locations",
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorDefinition = {
  id: IndicatorId;
  name: LocalizedText;
  definition: LocalizedText;
  /** The letter's consideration it informs, by the letter's order (1 duration … 6 added value). */
  consideration: number;
};

const def = (
  id: IndicatorId,
  consideration: number,
  name: LocalizedText,
  definition: LocalizedText,
): IndicatorDefinition => ({ id, name, definition, consideration });

export const INDICATORS: Readonly<Record<IndicatorId, IndicatorDefinition>> = {
  missionDuration: def(
    "missionDuration",
    1,
    { en: "Duration of the mission", nl: "Duur van de missie" },
    {
      en: "Years from the mission's start to its end or, if it had not ended, to the as-of date. Dates known only to the month or year give a range. An unknown start gives an unknown duration, never zero.",
      nl: "Jaren van het begin van de missie tot het einde of, als die nog liep, tot de peildatum. Data die alleen tot op de maand of het jaar bekend zijn, geven een bereik. Een onbekend begin geeft een onbekende duur, nooit nul.",
    },
  ),
  participationDuration: def(
    "participationDuration",
    1,
    { en: "Duration of the Dutch participation", nl: "Duur van de Nederlandse deelname" },
    {
      en: "Years from the start of the Dutch participation to its end, the mission's end or the as-of date, whichever comes first; otherwise as the mission's duration.",
      nl: "Jaren van het begin van de Nederlandse deelname tot het einde ervan, het einde van de missie of de peildatum, wat het eerst komt; verder als de duur van de missie.",
    },
  ),
  sameGroup: def(
    "sameGroup",
    2,
    { en: "Others in the same group", nl: "Andere in dezelfde groep" },
    {
      en: "How many other contributions in the portfolio belong to the same group: the letter's clusters, or a group a scenario sets. A contribution in no group is a group of its own.",
      nl: "Hoeveel andere bijdragen in de portefeuille tot dezelfde groep behoren: de clusters van de brief, of een groep uit een scenario. Een bijdrage zonder groep is een groep op zich.",
    },
  ),
  sameRegion: def(
    "sameRegion",
    2,
    { en: "Others in the same region", nl: "Andere in dezelfde regio" },
    {
      en: "How many other contributions operate in at least one of the same regions. Regions are the UN M49 geographic regions of the mission's area countries (sub-regions; for Africa and the Americas the intermediate regions).",
      nl: "Hoeveel andere bijdragen in ten minste één van dezelfde regio's actief zijn. Regio's zijn de geografische regio's van de VN (M49) van de landen van het missiegebied (subregio's; voor Afrika en Amerika de tussenregio's).",
    },
  ),
  sameCountry: def(
    "sameCountry",
    2,
    { en: "Others in the same country", nl: "Andere in hetzelfde land" },
    {
      en: "How many other contributions operate in at least one of the same countries of the mission's area (ISO 3166 codes).",
      nl: "Hoeveel andere bijdragen in ten minste één van dezelfde landen van het missiegebied actief zijn (ISO 3166-codes).",
    },
  ),
  headquartersDistance: def(
    "headquartersDistance",
    2,
    {
      en: "Distance to the group's other headquarters",
      nl: "Afstand tot de andere hoofdkwartieren van de groep",
    },
    {
      en: "The mean great-circle distance in km from this contribution's headquarters to those of the other contributions in its group (for missions with several, the nearest pair). The dataset's coordinates are approximate and unverified, and so is the distance.",
      nl: "De gemiddelde grootcirkelafstand in km van het hoofdkwartier van deze bijdrage tot die van de andere bijdragen in de groep (bij meerdere: het dichtstbijzijnde paar). De coördinaten in de dataset zijn bij benadering en niet geverifieerd, en de afstand dus ook.",
    },
  ),
  framework: def(
    "framework",
    4,
    { en: "Organisation and framework", nl: "Organisatie en kader" },
    {
      en: "The organisation that leads the mission and its framework — NATO, EU CSDP, UN, OSCE, coalition or bilateral: the factual side of alliance obligations. The framework follows from the organisation by a fixed table.",
      nl: "De organisatie die de missie leidt en het kader ervan — NAVO, EU GVDB, VN, OVSE, coalitie of bilateraal: de feitelijke kant van bondgenootschappelijke verplichtingen. Het kader volgt uit de organisatie via een vaste tabel.",
    },
  ),
  personnel: def(
    "personnel",
    5,
    { en: "Personnel", nl: "Personeel" },
    {
      en: "Dutch personnel in the as-of year: the figure a source gives, as worded, and the interval it allows — narrowed, where the letter gives the group a figure, to what that figure leaves after the other members' figures.",
      nl: "Nederlands personeel in het jaar van de peildatum: het aantal dat een bron noemt, zoals geformuleerd, en het bereik dat het toelaat — waar de brief de groep een aantal geeft, versmald tot wat dat aantal overlaat na de aantallen van de andere leden.",
    },
  ),
  token: def(
    "token",
    5,
    { en: "Token contribution", nl: "Symbolische bijdrage" },
    {
      en: "Whether the contribution has at most the threshold's number of people (five by default): yes when its whole personnel interval lies at or below it, no when it lies above, indeterminate otherwise (also when unknown). An approximate bound is widened by 20 % first, as when figures are compared.",
      nl: "Of de bijdrage ten hoogste het drempelaantal mensen telt (standaard vijf): ja als het hele personeelsbereik op of onder de drempel ligt, nee als het erboven ligt, anders onbepaald (ook als het onbekend is). Een benaderde grens wordt eerst met 20 % verruimd, zoals bij het vergelijken van aantallen.",
    },
  ),
  locations: def(
    "locations",
    5,
    { en: "Locations", nl: "Locaties" },
    {
      en: "How many headquarters or locations the dataset lists for the mission. None listed is unknown, not zero.",
      nl: "Hoeveel hoofdkwartieren of locaties de dataset voor de missie noemt. Geen genoemd is onbekend, niet nul.",
    },
  ),
};
