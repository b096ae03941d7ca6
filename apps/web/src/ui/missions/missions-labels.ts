import type { MissionType } from "@inzet/data";
import type { SortKey } from "../../lib/mission-query";

export type Option<T extends string = string> = { value: T; label: string };

/** The table's texts, translated on the server and handed to the client component. */
export type MissionsLabels = {
  filters: string;
  search: string;
  searchHint: string;
  cluster: string;
  org: string;
  type: string;
  country: string;
  any: string;
  apply: string;
  reset: string;
  /** "{shown} of {total} missions" */
  count: string;
  caption: string;
  empty: string;
  /** Shown when the search could not load what it searches. */
  searchFailed: string;
  columns: Record<SortKey, string>;
  sortHint: string;
  download: string;
  csv: string;
  json: string;
};

export type MissionsOptions = {
  clusters: Option[];
  orgs: Option[];
  types: Option<MissionType>[];
  countries: Option[];
};
