import { clusterOf, countryName, type Dataset, type Mission } from "@inzet/data";
import type { Locale } from "../i18n/routing";

export type CountryMissions = {
  code: string;
  name: string;
  /** The letter's order of the first group with a mission here: the map's colour. */
  tone: number;
  missions: Mission[];
};

export type Headquarters = {
  mission: Mission;
  name: string;
  lat: number;
  lon: number;
  unverified: boolean;
};

/** Every country some mission operates in, with those missions, by country name. */
export function countriesWithMissions(
  ds: Dataset,
  missions: readonly Mission[],
  locale: Locale,
): CountryMissions[] {
  const byCode = new Map<string, CountryMissions>();
  for (const m of missions) {
    const tone = clusterOf(ds, m.id)?.order ?? 0;
    for (const code of m.area.value.countries) {
      const entry = byCode.get(code) ?? {
        code,
        name: countryName(code, locale),
        tone,
        missions: [],
      };
      if (tone && (!entry.tone || tone < entry.tone)) entry.tone = tone;
      entry.missions.push(m);
      byCode.set(code, entry);
    }
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Headquarters that have coordinates; most are approximate and marked unverified. */
export function headquarters(missions: readonly Mission[], locale: Locale): Headquarters[] {
  return missions.flatMap((mission) =>
    mission.headquarters.flatMap((hq) => {
      const c = hq.value.coordinates;
      if (!c) return [];
      return [
        {
          mission,
          name: hq.value.name[locale],
          lat: c.value.lat,
          lon: c.value.lon,
          unverified: c.unverified === true || c.citations.length === 0,
        },
      ];
    }),
  );
}
