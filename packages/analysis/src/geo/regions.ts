// Regions for "the same region": the UN's M49 geographic regions (the Statistics Division's
// standard country grouping), at the level of sub-regions, and for Africa and the Americas the
// intermediate regions (Eastern, Middle, Western Africa …) — the level at which a portfolio's
// spread over Africa shows. A fixed table, not a judgement per mission.
import type { LocalizedText } from "@inzet/data";

type RegionRow = { id: string; name: LocalizedText; countries: string };

// ISO 3166-1 alpha-2 codes per M49 region. XK (Kosovo) has no M49 code; it is placed in
// Southern Europe with its neighbours. AQ (Antarctica) is in no M49 region: its own here.
const TABLE: readonly RegionRow[] = [
  {
    id: "northern-africa",
    name: { en: "Northern Africa", nl: "Noord-Afrika" },
    countries: "DZ EG LY MA SD TN EH",
  },
  {
    id: "eastern-africa",
    name: { en: "Eastern Africa", nl: "Oost-Afrika" },
    countries: "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
  },
  {
    id: "middle-africa",
    name: { en: "Middle Africa", nl: "Centraal-Afrika" },
    countries: "AO CM CF TD CG CD GQ GA ST",
  },
  {
    id: "southern-africa",
    name: { en: "Southern Africa", nl: "Zuidelijk Afrika" },
    countries: "BW SZ LS NA ZA",
  },
  {
    id: "western-africa",
    name: { en: "Western Africa", nl: "West-Afrika" },
    countries: "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
  },
  {
    id: "caribbean",
    name: { en: "Caribbean", nl: "Caribisch gebied" },
    countries:
      "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
  },
  {
    id: "central-america",
    name: { en: "Central America", nl: "Midden-Amerika" },
    countries: "BZ CR SV GT HN MX NI PA",
  },
  {
    id: "south-america",
    name: { en: "South America", nl: "Zuid-Amerika" },
    countries: "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
  },
  {
    id: "northern-america",
    name: { en: "Northern America", nl: "Noord-Amerika" },
    countries: "BM CA GL PM US",
  },
  {
    id: "central-asia",
    name: { en: "Central Asia", nl: "Centraal-Azië" },
    countries: "KZ KG TJ TM UZ",
  },
  {
    id: "eastern-asia",
    name: { en: "Eastern Asia", nl: "Oost-Azië" },
    countries: "CN HK MO KP JP MN KR TW",
  },
  {
    id: "south-eastern-asia",
    name: { en: "South-eastern Asia", nl: "Zuidoost-Azië" },
    countries: "BN KH ID LA MY MM PH SG TH TL VN",
  },
  {
    id: "southern-asia",
    name: { en: "Southern Asia", nl: "Zuid-Azië" },
    countries: "AF BD BT IN IR MV NP PK LK",
  },
  {
    id: "western-asia",
    name: { en: "Western Asia", nl: "West-Azië" },
    countries: "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
  },
  {
    id: "eastern-europe",
    name: { en: "Eastern Europe", nl: "Oost-Europa" },
    countries: "BY BG CZ HU PL MD RO RU SK UA",
  },
  {
    id: "northern-europe",
    name: { en: "Northern Europe", nl: "Noord-Europa" },
    countries: "AX DK EE FO FI GG IS IE IM LV LT JE NO SJ SE GB",
  },
  {
    id: "southern-europe",
    name: { en: "Southern Europe", nl: "Zuid-Europa" },
    countries: "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK",
  },
  {
    id: "western-europe",
    name: { en: "Western Europe", nl: "West-Europa" },
    countries: "AT BE FR DE LI LU MC NL CH",
  },
  {
    id: "australia-new-zealand",
    name: { en: "Australia and New Zealand", nl: "Australië en Nieuw-Zeeland" },
    countries: "AU CX CC HM NZ NF",
  },
  { id: "melanesia", name: { en: "Melanesia", nl: "Melanesië" }, countries: "FJ NC PG SB VU" },
  {
    id: "micronesia",
    name: { en: "Micronesia", nl: "Micronesië" },
    countries: "GU KI MH FM NR MP PW UM",
  },
  {
    id: "polynesia",
    name: { en: "Polynesia", nl: "Polynesië" },
    countries: "AS CK PF NU PN WS TK TO TV WF",
  },
  { id: "antarctica", name: { en: "Antarctica", nl: "Antarctica" }, countries: "AQ" },
];

export type Region = { id: string; name: LocalizedText };

export const REGIONS: readonly Region[] = TABLE.map(({ id, name }) => ({ id, name }));

const BY_COUNTRY = new Map<string, Region>(
  TABLE.flatMap((row) => row.countries.split(" ").map((c) => [c, { id: row.id, name: row.name }])),
);

/** The region of an ISO 3166-1 alpha-2 country code, if the table has it. */
export function regionOf(country: string): Region | undefined {
  return BY_COUNTRY.get(country);
}

/** The distinct regions of a mission's area countries, in table order; unlisted codes left out. */
export function regionsOf(countries: readonly string[]): string[] {
  const ids = new Set(countries.flatMap((c) => BY_COUNTRY.get(c)?.id ?? []));
  return REGIONS.filter((r) => ids.has(r.id)).map((r) => r.id);
}
