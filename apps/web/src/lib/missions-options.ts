import {
  countryName,
  type Dataset,
  LABELS,
  type MissionType,
  organisationBreakdown,
} from "@inzet/data";
import type { Locale } from "../i18n/routing";

export type Option<T extends string = string> = { value: T; label: string };

export type MissionsOptions = {
  clusters: Option[];
  orgs: Option[];
  types: Option<MissionType>[];
  countries: Option[];
};

/** The table's filter choices: only values some mission has, labelled in the page's language. */
export function missionsOptions(ds: Dataset, locale: Locale): MissionsOptions {
  const byLabel = <T extends string>(a: Option<T>, b: Option<T>) =>
    a.label.localeCompare(b.label, locale);
  const types = [...new Set(ds.missions.flatMap((m) => m.types.value))];
  const countries = [...new Set(ds.missions.flatMap((m) => m.area.value.countries))];
  return {
    clusters: [...ds.clusters]
      .sort((a, b) => a.order - b.order)
      .map((c) => ({ value: c.id, label: c.name[locale] })),
    orgs: organisationBreakdown(ds)
      .map(({ organisation: o }) => ({ value: o.id, label: o.acronym[locale] }))
      .sort(byLabel),
    types: types
      .map((t): Option<MissionType> => ({ value: t, label: LABELS.missionType[t][locale] }))
      .sort(byLabel),
    countries: countries.map((c) => ({ value: c, label: countryName(c, locale) })).sort(byLabel),
  };
}
