import { type Dataset, isCountryCode, type MissionFilter, MissionType } from "@inzet/data";
import { usageError } from "../errors.js";
import type { View } from "../output/view.js";

export type RawListOptions = {
  cluster?: string;
  org?: string;
  type?: string;
  country?: string;
  search?: string;
};

/** Checks each filter value against the dataset; an unknown value is a usage error naming the valid ones. */
export function parseListFilter(ds: Dataset, raw: RawListOptions, { t }: View): MissionFilter {
  const values = (xs: readonly string[]) => xs.join(", ");
  const clusters = ds.clusters.map((c) => c.id as string);
  if (raw.cluster !== undefined && !clusters.includes(raw.cluster)) {
    throw usageError(t("error.invalidCluster", { value: raw.cluster, values: values(clusters) }));
  }
  const orgs = ds.organisations.map((o) => o.id as string);
  if (raw.org !== undefined && !orgs.includes(raw.org)) {
    throw usageError(t("error.invalidOrg", { value: raw.org, values: values(orgs) }));
  }
  let type: MissionType | undefined;
  if (raw.type !== undefined) {
    const parsed = MissionType.safeParse(raw.type);
    if (!parsed.success)
      throw usageError(
        t("error.invalidType", { value: raw.type, values: values(MissionType.options) }),
      );
    type = parsed.data;
  }
  const country = raw.country?.toUpperCase();
  if (raw.country !== undefined && (country === undefined || !isCountryCode(country))) {
    const present = [...new Set(ds.missions.flatMap((m) => m.area.value.countries))].sort();
    throw usageError(t("error.invalidCountry", { value: raw.country, values: values(present) }));
  }
  return { cluster: raw.cluster, organisation: raw.org, type, country, search: raw.search };
}
